package cn.qingdao.hrss.jiuye.workbook;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * A submission-level reading failure (rules §7): the code, and what is wrong (file, sheet, column)
 * in plain words twice — in English for the operator's log ({@link #getMessage()}) and in Chinese
 * for the district's feedback workbook ({@link #messageZh()}). Never carries personal data.
 */
public class WorkbookException extends Exception {

    private final ReasonCode code;
    private final String sheet;
    private final String messageZh;

    public WorkbookException(ReasonCode code, String sheet, String message, String messageZh, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.sheet = sheet;
        this.messageZh = messageZh;
    }

    public WorkbookException(ReasonCode code, String sheet, String message, String messageZh) {
        this(code, sheet, message, messageZh, null);
    }

    /**
     * A failure nobody foresaw while reading {@code fileName} (a crafted file meeting a library's
     * untested path): the submission is refused as UNREADABLE_FILE so that the other districts go on.
     * The message names the exception's class and where it arose, never its message, which may
     * quote a cell.
     */
    public static WorkbookException unexpected(String fileName, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, null,
                fileName + " cannot be read: unexpected " + e.getClass().getName() + where
                        + "; save it again as .xlsx from the office suite and resubmit, and report the file to the developers",
                "文件“" + fileName + "”读取时发生意外错误，无法受理；请用办公软件另存为.xlsx格式后重新报送", e);
    }

    public ReasonCode code() {
        return code;
    }

    /** The sheet concerned, or null for the file as a whole. */
    public String sheet() {
        return sheet;
    }

    /** The Chinese detail for the district, e.g. {@code 工作表“吸纳就业社保补贴”缺少列：补贴终止月}. */
    public String messageZh() {
        return messageZh;
    }
}
