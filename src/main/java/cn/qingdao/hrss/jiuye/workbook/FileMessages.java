package cn.qingdao.hrss.jiuye.workbook;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import cn.qingdao.hrss.jiuye.common.ReasonCode;

/**
 * The plain-English messages of file-level reading failures (SPEC §7): they name the file (never
 * its folder) and say what the district should do. They never quote cell contents.
 */
final class FileMessages {

    private static final String ZIP_BOMB = "its compressed content expands suspiciously far: refused by the zip-bomb guard";

    private FileMessages() {
    }

    static WorkbookException unreadable(String fileName, String what, Throwable cause) {
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, null,
                fileName + " cannot be read as a workbook (" + what + "); "
                        + "save it again as .xlsx from the office suite and resubmit", cause);
    }

    /** A damaged .xlsx package, or one POI's zip-bomb guard refused. */
    static WorkbookException unreadablePackage(String fileName, Throwable cause) {
        return unreadable(fileName, isZipBomb(cause) ? ZIP_BOMB : "it is damaged or not an Excel .xlsx package", cause);
    }

    static WorkbookException unreadableSheet(String fileName, String sheet, Throwable cause) {
        String why = isZipBomb(cause) ? ZIP_BOMB : "its content is damaged";
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, sheet,
                fileName + ": sheet " + sheet + " cannot be read (" + why + "); "
                        + "save the file again as .xlsx from the office suite and resubmit", cause);
    }

    /** POI's {@code ZipSecureFile} says "Zip bomb detected"; StAX nests it in its own exception. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    static WorkbookException encrypted(String fileName, Throwable cause) {
        return new WorkbookException(ReasonCode.ENCRYPTED_FILE, null,
                fileName + " is password-protected; remove the password (save it again without "
                        + "encryption) and resubmit", cause);
    }
}
