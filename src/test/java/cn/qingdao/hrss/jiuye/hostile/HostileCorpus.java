package cn.qingdao.hrss.jiuye.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * The corpus of broken and hostile submissions (rules §3, §4, §7), written by code into a
 * temporary inbox from the sample quarter's good files ({@code data/inbox/2025Q1}).
 *
 * <p>A district can only be refused for one file per run (a second file makes both
 * DUPLICATE_SUBMISSION), and there are ten districts, so the corpus comes in two parts, each a
 * whole inbox of the quarter 2025Q1: part A breaks the file itself (it cannot be opened), part B
 * its content (sheets, columns, cover) and its name, and holds the workbook of hostile row values
 * ({@link HostileRows}). Every case names its district, its file and the expected outcome; each
 * part also writes the "clean" inbox: the files it expects to be accepted, under plain names, whose
 * run must decide exactly the same.
 */
final class HostileCorpus {

    static final Path SAMPLE = Path.of("data/inbox/2025Q1");
    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";
    static final String MISSING = "MISSING";
    /** Excel's last row. */
    static final int LAST_ROW = 1_048_576;

    /** One district's file and what the run must make of it. */
    record Case(String district, String file, String status, Set<String> codes, String what) {
    }

    private final Path inbox;
    private final Path clean;
    private final List<Case> cases = new ArrayList<>();
    private HostileRows.Layout rows;

    private HostileCorpus(Path inbox, Path clean) throws IOException {
        this.inbox = Files.createDirectories(inbox);
        this.clean = Files.createDirectories(clean);
    }

    List<Case> cases() {
        return List.copyOf(cases);
    }

    /** Where part B's workbook of hostile row values has its spoiled cells (null in part A). */
    HostileRows.Layout rows() {
        return rows;
    }

    Path inbox() {
        return inbox;
    }

    /** The accepted files under plain names: a run over them decides what the corpus run must decide. */
    Path cleanInbox() {
        return clean;
    }

    /** Part A: files that cannot be opened as a submission, and one that is large but harmless. */
    static HostileCorpus partA(Path root) throws IOException {
        HostileCorpus c = new HostileCorpus(root.resolve("inbox-a"), root.resolve("clean-a"));
        byte[] good = Files.readAllBytes(sample("370202"));
        c.refused("370202", "370202_2025Q1.xlsx", Arrays.copyOf(good, good.length / 2),
                "UNREADABLE_FILE", "a truncated zip (the first half of a good .xlsx)");
        byte[] corrupt = Files.readAllBytes(sample("370203"));
        Arrays.fill(corrupt, corrupt.length / 3, corrupt.length / 3 + 2048, (byte) 0);
        c.refused("370203", "370203_2025Q1.xlsx", corrupt, "UNREADABLE_FILE",
                "a corrupt zip (2 KB of a good .xlsx overwritten with zeros)");
        c.add(new Case("370211", "370211_2025Q1.xlsx", REJECTED, Set.of("UNREADABLE_FILE"),
                "a zip bomb: the sheet 一次性创业补贴 inflates 20 MB of spaces from a few KB"));
        PackageParts bomb = PackageParts.of(sample("370211"));
        bomb.replace(bomb.sheetPart("一次性创业补贴"), out -> {
            Writer w = writer(out);
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] spaces = new char[1 << 16];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 20_000_000 / spaces.length; i++) {
                w.write(spaces);
            }
            w.write("</t></is></c></row></sheetData></worksheet>");
            w.flush();
        }).writeTo(c.inbox.resolve("370211_2025Q1.xlsx"));
        c.add(new Case("370212", "370212_2025Q1.xlsx", ACCEPTED, Set.of(),
                "a million formatted but empty rows in 填报信息 and 就业统计 (blank rows are skipped: rules §3)"));
        PackageParts million = PackageParts.of(sample("370212"));
        for (String sheet : List.of("填报信息", "就业统计")) {
            String part = million.sheetPart(sheet);
            String xml = new String(million.read(part), StandardCharsets.UTF_8);
            million.replace(part, out -> writeEmptyRowsToTheEnd(xml, out));
        }
        million.writeTo(c.inbox.resolve("370212_2025Q1.xlsx"));
        Files.copy(sample("370212"), c.clean.resolve("370212_2025Q1.xlsx"));
        c.refused("370213", "370213_2025Q1.xlsx", encrypted(good), "ENCRYPTED_FILE",
                "a password-protected .xlsx (agile encryption of a good workbook)");
        c.refused("370214", "370214_2025Q1.xlsx",
                "区市代码,370214\n季度,2025Q1\n序号,姓名,身份证号\n".getBytes(StandardCharsets.UTF_8),
                "UNREADABLE_FILE", "a CSV file renamed .xlsx");
        c.refused("370215", "370215_2025Q1.xlsx",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
                "UNREADABLE_FILE", "a PDF file renamed .xlsx");
        c.refused("370281", "370281_2025Q1.xlsx", new byte[0], "UNREADABLE_FILE", "an empty file");
        c.add(new Case("370283", "370283_2025Q1.xlsx", REJECTED, Set.of("MISSING_SHEET"),
                "a workbook with no sheets (an empty <sheets/> in workbook.xml)"));
        PackageParts.of(sample("370202"))
                .edit("xl/workbook.xml", xml -> xml.replaceAll("<sheets>.*</sheets>", "<sheets/>"))
                .writeTo(c.inbox.resolve("370283_2025Q1.xlsx"));
        c.good("370285");
        return c;
    }

    /** Part B: readable files with missing sheets or columns, a wrong cover, hostile names and hostile rows. */
    static HostileCorpus partB(Path root) throws IOException {
        HostileCorpus c = new HostileCorpus(root.resolve("inbox-b"), root.resolve("clean-b"));
        c.add(new Case("370202", "370202_2025Q1.xlsx", REJECTED, Set.of("MISSING_SHEET"),
                "sheets 吸纳就业社保补贴 and 就业统计 missing"));
        PackageParts.of(sample("370202"))
                .edit("xl/workbook.xml", xml -> xml.replaceAll("<sheet name=\"(吸纳就业社保补贴|就业统计)\"[^>]*/>", ""))
                .writeTo(c.inbox.resolve("370202_2025Q1.xlsx"));
        c.add(new Case("370203", "370203_2025Q1.xlsx", REJECTED, Set.of("MISSING_COLUMN", "UNREADABLE_FILE"),
                "column 身份证号 of 一次性创业补贴 and 补贴终止月 of 吸纳就业社保补贴 missing; 灵活就业社保补贴 repeats "
                        + "a row number (its rows would otherwise be stored twice under one number)"));
        Path columns = c.inbox.resolve(".370203.tmp");
        edit(sample("370203"), columns, wb -> {
            relabel(wb.getSheet("一次性创业补贴"), "身份证号", "证件号码");
            relabel(wb.getSheet("吸纳就业社保补贴"), "补贴终止月", "终止月份");
        });
        PackageParts repeated = PackageParts.of(columns);
        repeated.edit(repeated.sheetPart("灵活就业社保补贴"), HostileCorpus::repeatThirdRow)
                .writeTo(c.inbox.resolve("370203_2025Q1.xlsx"));
        Files.delete(columns);
        c.add(new Case("370211", "370211_2025Q1.xlsx;370211_2025Q1 (2).xlsx", REJECTED,
                Set.of("DUPLICATE_SUBMISSION"), "a second file for the same district"));
        Files.copy(sample("370211"), c.inbox.resolve("370211_2025Q1.xlsx"));
        Files.copy(sample("370211"), c.inbox.resolve("370211_2025Q1 (2).xlsx"));
        c.add(new Case("370212", "370212_2025Q1.xlsx", REJECTED, Set.of("UNKNOWN_DISTRICT"),
                "the cover names district 370299, which is not in the registry (attributed by file name)"));
        edit(sample("370212"), c.inbox.resolve("370212_2025Q1.xlsx"), wb -> cover(wb, "区市代码", "370299"));
        c.good("370213");
        c.add(new Case("370214", "370214_2025Q1.xlsx", REJECTED, Set.of("QUARTER_MISMATCH"),
                "the cover says 2024年第四季度, and holds NaN and 1e400 as 填报人 and 联系电话"));
        Path quarter = c.inbox.resolve(".370214.tmp");
        edit(sample("370214"), quarter, wb -> cover(wb, "季度", "2024年第四季度"));
        // a crafted cover: 填报人 and 联系电话 hold numbers that are not finite
        PackageParts nan = PackageParts.of(quarter);
        nan.edit(nan.sheetPart("填报信息"), xml -> xml.replaceFirst("<c r=\"B4\".*?</c>", "<c r=\"B4\"><v>NaN</v></c>")
                        .replaceFirst("<c r=\"B5\".*?</c>", "<c r=\"B5\"><v>1e400</v></c>"))
                .writeTo(c.inbox.resolve("370214_2025Q1.xlsx"));
        Files.delete(quarter);
        String tricky = "-370215 ..\\..\\..\\tmp\\evil\t报送\n(终稿)\u0007 $(id);'\"<>|*?&amp;.xlsx";
        c.add(new Case("370215", tricky, ACCEPTED, Set.of(),
                "a good file whose name has a leading '-', '..', back-slashes, a tab, a newline, a BEL, shell and XML characters, "
                        + "with an extra sheet named ../../../../tmp/jiuye-evil"));
        PackageParts.of(sample("370215"))
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>",
                        "<sheet name=\"../../../../tmp/jiuye-evil&#10;x\" sheetId=\"99\" r:id=\"rId3\"/></sheets>"))
                .writeTo(c.inbox.resolve(tricky));
        Files.copy(sample("370215"), c.clean.resolve("370215_2025Q1.xlsx"));
        String longName = "370281_2025Q1_" + "胶州市就业创业补贴申报表".repeat(6) + ".xlsx";
        c.add(new Case("370281", longName, ACCEPTED, Set.of(), "a good file with a 235-byte Chinese name"));
        Files.copy(sample("370281"), c.inbox.resolve(longName));
        Files.copy(sample("370281"), c.clean.resolve("370281_2025Q1.xlsx"));
        c.add(new Case("370283", HostileRows.FILE, ACCEPTED, Set.of(),
                "hostile row values: formulas, #REF!, merged cells, hidden rows and sheets, long text, control "
                        + "characters, 1.2E+17, dates before 1900, text in number columns, = + - @"));
        c.rows = HostileRows.write(sample("370202"), c.inbox.resolve(HostileRows.FILE));
        Files.copy(c.inbox.resolve(HostileRows.FILE), c.clean.resolve(HostileRows.FILE));
        c.add(new Case("370285", "", MISSING, Set.of(),
                "only a symbolic link to a good file outside the inbox: links are not submissions"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.copy(SAMPLE.resolve("370285_2025Q1.xls"), outside.resolve("370285_2025Q1.xls"));
        Files.createSymbolicLink(c.inbox.resolve("370285_2025Q1.xls"), outside.resolve("370285_2025Q1.xls").toAbsolutePath());
        // not a district's: a file naming an unknown district with no registry code in its name (unattributed),
        // an office lock file and a hidden file (not submissions)
        edit(sample("370215"), c.inbox.resolve("unknown.xlsx"), wb -> cover(wb, "区市代码", "370299"));
        Files.writeString(c.inbox.resolve("~$370213_2025Q1.xls"), "lock");
        Files.writeString(c.inbox.resolve(".DS_Store"), "mac");
        return c;
    }

    private void add(Case c) {
        cases.add(c);
    }

    private void refused(String district, String file, byte[] content, String code, String what) throws IOException {
        Files.write(inbox.resolve(file), content);
        add(new Case(district, file, REJECTED, Set.of(code), what));
    }

    private void good(String district) throws IOException {
        Path source = sampleAnyFormat(district);
        Files.copy(source, inbox.resolve(source.getFileName().toString()));
        Files.copy(source, clean.resolve(source.getFileName().toString()));
        add(new Case(district, source.getFileName().toString(), ACCEPTED, Set.of(), "a good file"));
    }

    static Path sample(String district) {
        return SAMPLE.resolve(district + "_2025Q1.xlsx");
    }

    private static Path sampleAnyFormat(String district) {
        Path xlsx = sample(district);
        return Files.exists(xlsx) ? xlsx : SAMPLE.resolve(district + "_2025Q1.xls");
    }

    /** The sheet with its third {@code <row>} element written twice. */
    private static String repeatThirdRow(String xml) {
        int start = xml.indexOf("<row ");
        for (int i = 0; i < 2; i++) {
            start = xml.indexOf("<row ", start + 1);
        }
        int end = xml.indexOf("</row>", start) + "</row>".length();
        return xml.substring(0, end) + xml.substring(start, end) + xml.substring(end);
    }

    /** The sheet's own rows, then rows up to Excel's last one each holding one styled, empty cell. */
    private static void writeEmptyRowsToTheEnd(String sheetXml, OutputStream out) throws IOException {
        int end = sheetXml.indexOf("</sheetData>");
        int last = sheetXml.lastIndexOf("<row r=\"");
        int lastRow = Integer.parseInt(sheetXml.substring(last + 8, sheetXml.indexOf('"', last + 8)));
        Writer w = writer(out);
        w.write(sheetXml, 0, end);
        StringBuilder row = new StringBuilder(64);
        for (int r = lastRow + 1; r <= LAST_ROW; r++) {
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\" s=\"1\"/></row>");
            w.append(row);
        }
        w.write(sheetXml, end, sheetXml.length() - end);
        w.flush();
    }

    /** A writer on a zip entry's stream: flushed, never closed (the entry stays open). */
    private static Writer writer(OutputStream out) {
        return new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    private static byte[] encrypted(byte[] xlsx) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Opens a (small) good workbook, changes it, and saves it under another name. */
    static void edit(Path source, Path target, Consumer<XSSFWorkbook> change) throws IOException {
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            Path tmp = Files.createTempFile(target.getParent(), ".edit", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Sets the value next to a cover label (rules §3.1). */
    static void cover(XSSFWorkbook wb, String label, String value) {
        for (Row row : wb.getSheet("填报信息")) {
            Cell first = row.getCell(row.getFirstCellNum());
            if (first != null && label.equals(Text.label(first.toString()))) {
                row.createCell(first.getColumnIndex() + 1).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no cover label " + label);
    }

    /** Renames the header cell whose label is {@code label} (rules §3 matching). */
    static void relabel(Sheet sheet, String label, String replacement) {
        Cell cell = HostileRows.header(sheet, label);
        cell.setCellValue(replacement);
    }
}
