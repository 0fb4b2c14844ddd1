package cn.qingdao.hrss.jiuye.workbook;

import cn.qingdao.hrss.jiuye.common.ReasonCode;

/**
 * The plain-English messages of file-level reading failures (SPEC §7): they name the file (never
 * its folder) and say what the district should do. They never quote cell contents.
 */
final class FileMessages {

    private FileMessages() {
    }

    static WorkbookException unreadable(String fileName, String what, Throwable cause) {
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, null,
                fileName + " cannot be read as a workbook (" + what + "); "
                        + "save it again as .xlsx from the office suite and resubmit", cause);
    }

    static WorkbookException unreadableSheet(String fileName, String sheet, Throwable cause) {
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, sheet,
                fileName + ": sheet " + sheet + " cannot be read (its content is damaged or too large); "
                        + "save the file again as .xlsx from the office suite and resubmit", cause);
    }

    static WorkbookException encrypted(String fileName, Throwable cause) {
        return new WorkbookException(ReasonCode.ENCRYPTED_FILE, null,
                fileName + " is password-protected; remove the password (save it again without "
                        + "encryption) and resubmit", cause);
    }
}
