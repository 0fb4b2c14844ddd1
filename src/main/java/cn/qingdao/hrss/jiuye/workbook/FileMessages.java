package cn.qingdao.hrss.jiuye.workbook;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * The messages of file-level reading failures (rules §7), in English for the operator and in
 * Chinese for the district: they name the file (never its folder) and the sheet where there is
 * one, and say what the district should do. They never quote cell contents.
 */
final class FileMessages {

    private FileMessages() {
    }

    /** Why a file cannot be read, in both languages. */
    enum Why {
        NOT_A_FILE("it is not a file", "不是普通文件"),
        EMPTY("it is empty", "文件为空（0字节）"),
        CANNOT_OPEN("it cannot be opened", "文件无法打开"),
        NOT_EXCEL("it is not an Excel workbook", "不是Excel工作簿（可能是改了扩展名的CSV、PDF、网页等文件）"),
        OLD_EXCEL("it is in an old Excel 5/95 format", "为Excel 5.0/95旧格式"),
        DAMAGED("it is damaged or not an Excel workbook", "文件已损坏或不是Excel工作簿"),
        DAMAGED_PACKAGE("it is damaged or not an Excel .xlsx package", "文件已损坏（可能未完整传输）或不是.xlsx工作簿"),
        ZIP_BOMB("its compressed content expands suspiciously far: refused by the zip-bomb guard",
                "压缩内容解压后异常膨胀，按压缩炸弹拒收");

        private final String en;
        private final String zh;

        Why(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    static WorkbookException unreadable(String fileName, Why why, Throwable cause) {
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, null,
                fileName + " cannot be read as a workbook (" + why.en + "); "
                        + "save it again as .xlsx from the office suite and resubmit",
                "文件“" + fileName + "”无法作为Excel工作簿读取（" + why.zh + "）；请用办公软件另存为.xlsx格式后重新报送",
                cause);
    }

    /** A damaged .xlsx package, or one POI's zip-bomb guard refused. */
    static WorkbookException unreadablePackage(String fileName, Throwable cause) {
        return unreadable(fileName, isZipBomb(cause) ? Why.ZIP_BOMB : Why.DAMAGED_PACKAGE, cause);
    }

    static WorkbookException unreadableSheet(String fileName, String sheet, Throwable cause) {
        boolean bomb = isZipBomb(cause);
        return new WorkbookException(ReasonCode.UNREADABLE_FILE, sheet,
                fileName + ": sheet " + sheet + " cannot be read (" + (bomb ? Why.ZIP_BOMB.en : "its content is damaged")
                        + "); save the file again as .xlsx from the office suite and resubmit",
                "文件“" + fileName + "”的工作表“" + sheet + "”无法读取（" + (bomb ? Why.ZIP_BOMB.zh : "内容已损坏")
                        + "）；请用办公软件另存为.xlsx格式后重新报送",
                cause);
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
                        + "encryption) and resubmit",
                "文件“" + fileName + "”设有打开密码；请取消密码（不加密另存）后重新报送", cause);
    }

    static WorkbookException missingSheet(String fileName, String sheet) {
        return new WorkbookException(ReasonCode.MISSING_SHEET, sheet,
                "sheet " + sheet + " is missing from " + fileName + "; use the unified template and resubmit",
                "文件“" + fileName + "”缺少工作表“" + sheet + "”；请使用统一模板填报后重新报送");
    }
}
