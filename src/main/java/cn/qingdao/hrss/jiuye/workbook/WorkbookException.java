package cn.qingdao.hrss.jiuye.workbook;

import cn.qingdao.hrss.jiuye.common.ReasonCode;

/**
 * A submission-level reading failure (SPEC §7): the code, and a message naming what is wrong
 * (file, sheet, column) in plain words. Never carries personal data.
 */
public class WorkbookException extends Exception {

    private final ReasonCode code;
    private final String sheet;

    public WorkbookException(ReasonCode code, String sheet, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.sheet = sheet;
    }

    public WorkbookException(ReasonCode code, String sheet, String message) {
        this(code, sheet, message, null);
    }

    public ReasonCode code() {
        return code;
    }

    /** The sheet concerned, or null for the file as a whole. */
    public String sheet() {
        return sheet;
    }
}
