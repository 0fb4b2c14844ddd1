package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a district submission (rules §3, §7), recognising its format by content, never by the file
 * name's extension:
 * <ul>
 *   <li>a ZIP archive → an .xlsx, read streaming ({@link XlsxSheetSource});</li>
 *   <li>an OLE2 compound file holding an {@code EncryptionInfo} entry → a password-protected .xlsx:
 *       ENCRYPTED_FILE;</li>
 *   <li>any other OLE2 compound file → a legacy .xls ({@link XlsSheetSource}); a password-protected
 *       one is ENCRYPTED_FILE;</li>
 *   <li>anything else — an empty file, CSV, PDF, a truncated or corrupt archive, a zip bomb (POI's
 *       {@code ZipSecureFile} guard stays on), an Excel 95 file — is UNREADABLE_FILE.</li>
 * </ul>
 * Messages name the file (not its folder) and say what to do; they carry no cell contents.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static SubmissionWorkbook open(Path file) throws WorkbookException {
        String fileName = file.getFileName().toString();
        FileSignature signature;
        try {
            if (!Files.isRegularFile(file)) {
                throw FileMessages.unreadable(fileName, FileMessages.Why.NOT_A_FILE, null);
            }
            if (Files.size(file) == 0) {
                throw FileMessages.unreadable(fileName, FileMessages.Why.EMPTY, null);
            }
            signature = FileSignature.of(file);
        } catch (IOException e) {
            throw FileMessages.unreadable(fileName, FileMessages.Why.CANNOT_OPEN, e);
        }
        return switch (signature) {
            case ZIP -> new SheetBackedWorkbook(XlsxSheetSource.open(file));
            case OLE2 -> new SheetBackedWorkbook(openOle2(file, fileName));
            case OTHER -> throw FileMessages.unreadable(fileName, FileMessages.Why.NOT_EXCEL, null);
        };
    }

    private static SheetSource openOle2(Path file, String fileName) throws WorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw FileMessages.encrypted(fileName, null);
            }
            return XlsSheetSource.open(fileName, fs);
        } catch (EncryptedDocumentException e) {
            throw FileMessages.encrypted(fileName, e);
        } catch (OldExcelFormatException e) {
            throw FileMessages.unreadable(fileName, FileMessages.Why.OLD_EXCEL, e);
        } catch (IOException | RuntimeException e) {
            throw FileMessages.unreadable(fileName, FileMessages.Why.DAMAGED, e);
        }
    }
}
