package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.TestWorkbook.Format;

/** rules §7: a file is recognised by its content; what cannot be read is UNREADABLE_FILE or ENCRYPTED_FILE. */
class FormatDetectionTest {

    @TempDir
    Path dir;

    @Test
    void textFileRenamedXlsxIsUnreadable() throws IOException {
        Path file = Files.writeString(dir.resolve("370202_2025Q3.xlsx"), "区市代码,370202\n季度,2025Q3\n");

        assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
    }

    @Test
    void emptyFileIsUnreadable() throws IOException {
        Path file = Files.createFile(dir.resolve("370202_2025Q3.xlsx"));

        WorkbookException e = assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
        assertThat(e.getMessage()).contains("is empty");
    }

    @Test
    void pdfIsUnreadable() throws IOException {
        Path file = Files.write(dir.resolve("370202_2025Q3.xls"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));

        assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
    }

    @Test
    void truncatedXlsxIsUnreadable() throws IOException {
        Path whole = cover(Format.XLSX, "whole");
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("370202_2025Q3.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertOpenOrReadFails(file, ReasonCode.UNREADABLE_FILE);
    }

    @Test
    void zipThatIsNotAWorkbookIsUnreadable() throws IOException {
        Path file = dir.resolve("370202_2025Q3.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
    }

    @Test
    void ole2FileThatIsNotAWorkbookIsUnreadable() throws IOException {
        Path file = dir.resolve("370202_2025Q3.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
    }

    @Test
    void zipBombIsUnreadable() throws IOException {
        String padding = " ".repeat(20_000_000);
        Path file = new RawXlsx()
                .sheet("填报信息", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>区市代码" + padding + "</t></is></c></row>", "")
                .writeTo(dir.resolve("370202_2025Q3.xlsx"));

        WorkbookException e = assertOpenOrReadFails(file, ReasonCode.UNREADABLE_FILE);
        assertThat(e.getMessage()).startsWith("370202_2025Q3.xlsx").contains("zip-bomb guard");
    }

    @Test
    void passwordProtectedXlsxIsEncrypted() throws Exception {
        Path file = dir.resolve("370202_2025Q3.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(fs)) {
                wb.createSheet("填报信息").createRow(0).createCell(0).setCellValue("区市代码");
                wb.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        WorkbookException e = assertOpenFails(file, ReasonCode.ENCRYPTED_FILE);
        assertThat(e.getMessage()).isEqualTo("370202_2025Q3.xlsx is password-protected; remove the password "
                + "(save it again without encryption) and resubmit");
    }

    @Test
    void passwordProtectedXlsIsEncrypted() throws IOException {
        Path file = dir.resolve("370211_2025Q3.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("填报信息").createRow(0).createCell(0).setCellValue("区市代码");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertOpenFails(file, ReasonCode.ENCRYPTED_FILE);
    }

    @Test
    void xlsNamedXlsxIsReadByItsContent() throws Exception {
        Path xls = cover(Format.XLS, "legacy");
        Path file = Files.move(xls, dir.resolve("370211_2025Q3.xlsx"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.sheetNames()).containsExactly("填报信息");
        }
    }

    @Test
    void xlsxNamedXlsIsReadByItsContent() throws Exception {
        Path xlsx = cover(Format.XLSX, "modern");
        Path file = Files.move(xlsx, dir.resolve("370211_2025Q3.xls"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.sheetNames()).containsExactly("填报信息");
        }
    }

    @Test
    void messagesNameTheFileButNotItsFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("370285_2025Q3.xlsx"), "not a workbook");

        WorkbookException e = assertOpenFails(file, ReasonCode.UNREADABLE_FILE);
        assertThat(e.getMessage())
                .isEqualTo("370285_2025Q3.xlsx cannot be read as a workbook (it is not an Excel workbook); "
                        + "save it again as .xlsx from the office suite and resubmit")
                .doesNotContain(dir.toString());
        assertThat(e.sheet()).isNull();
    }

    private Path cover(Format format, String name) throws IOException {
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row("填报信息", 1, "区市代码", "370202");
            return wb.writeTo(dir, name);
        }
    }

    private static WorkbookException assertOpenFails(Path file, ReasonCode code) {
        WorkbookException[] caught = new WorkbookException[1];
        assertThatThrownBy(() -> Workbooks.open(file).close())
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(file.getFileName().toString());
                    caught[0] = e;
                });
        return caught[0];
    }

    /** Some damage only shows when a sheet's part is read (POI reads zip entries lazily). */
    private static WorkbookException assertOpenOrReadFails(Path file, ReasonCode code) {
        WorkbookException[] caught = new WorkbookException[1];
        assertThatThrownBy(() -> {
            try (SubmissionWorkbook wb = Workbooks.open(file)) {
                for (String sheet : wb.sheetNames()) {
                    wb.readRows(sheet, row -> { });
                }
            }
        }).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            caught[0] = e;
        });
        return caught[0];
    }

    @Test
    void anUnforeseenFailureIsUnreadableWithoutQuotingWhatTheExceptionSaid() {
        WorkbookException e = WorkbookException.unexpected("370202_2025Q1.xlsx",
                new NumberFormatException("For input string: \"37020219900307123X\""));

        assertThat(e.code()).isEqualTo(ReasonCode.UNREADABLE_FILE);
        assertThat(e.getMessage()).startsWith("370202_2025Q1.xlsx cannot be read: unexpected java.lang.NumberFormatException")
                .doesNotContain("37020219900307123X");
        assertThat(e.messageZh()).isEqualTo("文件“370202_2025Q1.xlsx”读取时发生意外错误，无法受理；请用办公软件另存为.xlsx格式后重新报送");
    }
}
