package cn.qingdao.hrss.jiuye.workbook;

import cn.qingdao.hrss.jiuye.common.ReasonCode;

/**
 * A submission-level reading failure (SPEC §7): the code, and what is wrong (file, sheet, column)
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
