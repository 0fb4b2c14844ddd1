package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * The sheet scanner reads every row as the StAX cursor (aalto) reads it, and refuses what aalto refuses:
 * each case is read by both, from the same bytes.
 */
class XlsxSheetScannerTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>";
    private static final String TAIL = "</sheetData></worksheet>";

    @ParameterizedTest
    @ValueSource(strings = {
        // what office suites write
        "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称</t></is></c><c r=\"B1\" s=\"1\"><v>45678</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"e\"><v>#REF!</v></c></row>",
        // references in text and in attribute values; single quotes; a > inside a value
        "<row r='2'><c r='A2' t='inlineStr'><is><t>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E2D;&#25991;</t></is></c>"
                + "<c r=\"B&#50;\" s=\"&#49;\" t=\"&#115;\" x=\"a>b\"><v>0</v></c></row>",
        // CDATA and comments inside values, line ends of every kind
        "<row r=\"3\"><c r=\"A3\"><v><![CDATA[12]]><!-- note -->3</v></c>"
                + "<c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">a\r\nb\rc\nd<![CDATA[e\r\nf]]></t></is></c></row>",
        // empty elements, rows and cells without r, formulas, phonetic runs, extensions
        "<row/><row><c/><c t=\"str\"><f>A1&amp;B1</f><v>甲乙</v></c><c><v/></c></row>"
                + "<row r=\"9\"><c r=\"C9\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>青岛</t></r><r><t>海达</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>X</t></rPh><phoneticPr fontId=\"1\"/></is><extLst><ext uri=\"u\"><row r=\"1\"/></ext></extLst></c></row>",
        // prefixed elements and attributes, a namespace declaration that is no attribute, white space around values
        "<x:row xmlns:x=\"" + RawXlsx.MAIN + "\" x:r=\"11\"><x:c xmlns:r=\"urn:r\" r=\" b11 \" t=\" inlineStr \"><x:is><x:t>甲</x:t></x:is></x:c>"
                + "<x:c r=\"XFE11\" s=\" 2 \"><x:v> 3 </x:v></x:c><x:c r=\"17\" s=\"abc\" t=\"\"><x:v>4</x:v></x:c></x:row >",
        // processing instructions and comments between rows, white space inside tags
        "<?pi data?><!-- a comment, <row r='99'/> in it --><row\n r = \"12\" ><c\tr=\"A12\"\n><v>1e3</v></c ></row>",
        // OOXML escapes and characters that are legal but odd
        "<row r=\"13\"><c r=\"A13\" t=\"inlineStr\"><is><t>张_x0007_三\u00A0\uD83D\uDE00</t></is></c><c r=\"B13\"><v>NaN</v></c></row>",
    })
    void readsWhatTheStaxCursorReads(String rows) throws Exception {
        byte[] part = (HEAD + rows + TAIL).getBytes(StandardCharsets.UTF_8);

        assertThat(scan(part)).isEqualTo(parse(part)).isNotEmpty();
    }

    /** Every sheet of the files office software wrote (the fixtures) and of the sample quarters. */
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/fixtures/2025Q3/inbox", "data/inbox/2025Q1", "data/inbox/2025Q2"})
    void readsEverySheetOfTheFixturesAndSamplesAsTheStaxCursorDoes(String folder) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(folder))) {
            files = list.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int sheets = 0;
        for (Path file : files) {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFReader.SheetIterator parts = new XSSFReader(pkg).getSheetIterator();
                while (parts.hasNext()) {
                    byte[] part;
                    try (InputStream in = parts.next()) {
                        part = in.readAllBytes();
                    }
                    assertThat(scan(part)).as("%s, sheet %s", file.getFileName(), parts.getSheetName())
                            .isEqualTo(parse(part));
                    sheets++;
                }
            } finally {
                pkg.revert(); // opened to read: nothing written back
            }
        }
        assertThat(sheets).isGreaterThanOrEqualTo(files.size() * 5);
    }

    @Test
    void tagsAndTextLongerThanTheBufferAreReadWhole() throws Exception {
        String longText = "长".repeat(XlsxSheetScanner.BUFFER); // three bytes a character: three buffers
        String longValue = "v".repeat(XlsxSheetScanner.BUFFER * 2);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3_000; r++) { // tags and line ends across the buffer's edges
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>行\r\n")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>").append(r * 0.5).append("</v></c></row>");
        }
        rows.append("<row r=\"3001\" x=\"").append(longValue).append("\"><c r=\"A3001\" t=\"inlineStr\"><is><t>")
                .append(longText).append("</t></is></c></row>");
        byte[] part = (HEAD + rows + TAIL).getBytes(StandardCharsets.UTF_8);

        List<RawRow> scanned = scan(part);
        assertThat(scanned).hasSize(3_001).isEqualTo(parse(part));
        assertThat(scanned.get(1_234).cells().get(0).text()).isEqualTo("行\n1235");
        assertThat(scanned.get(3_000).cells().get(0).text()).hasSize(32_767).containsOnlyOnce("长".repeat(32_767));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<row r=\"1\"><c r=\"A1\"><v>1</v></row>", // tags that do not nest
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c>", // the part ends inside an element
        "<row r=\"1\"><c r=\"A1\"><v>&nbsp;</v></c></row>", // an entity never declared
        "<row r=\"1\"><c r=\"A1\"><v>&#0;</v></c></row>", // a character XML 1.0 does not allow
        "<row r=\"1\"><c r=\"A1\"><v>a\u0001b</v></c></row>", // a control character
        "<row r=\"1\"><c r=\"A<1\"><v>1</v></c></row>", // a < in an attribute value
        "<row r=\"1\"><c r=\"A1\"s=\"1\"><v>1</v></c></row>", // no space between attributes
        "<row r=\"1\"><c r=A1><v>1</v></c></row>", // a value without quotes
        "<row r=\"1\"><c r=\"A1\"><v>1<b/></v></c></row>", // an element inside a value
        "<row r=\"1\"><!DOCTYPE x><c r=\"A1\"><v>1</v></c></row>", // a document type inside the root
        "<row r=\"1\"><!-- a -- b --><c r=\"A1\"><v>1</v></c></row>", // -- inside a comment
        "<row r=\"2\"/><row r=\"1\"/>", // rows out of order
        "<row r=\"1\">< c r=\"A1\"/></row>", // a start tag without a name
    })
    void refusesWhatTheStaxCursorRefuses(String rows) {
        byte[] part = (HEAD + rows + TAIL).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parse(part)).isInstanceOf(WorkbookException.class);
        assertThatThrownBy(() -> scan(part)).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.code()).isEqualTo(ReasonCode.UNREADABLE_FILE));
    }

    @Test
    void refusesTextThatIsNotUtf8AndASecondRoot() {
        byte[] notUtf8 = (HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ab</t></is></c></row>" + TAIL)
                .getBytes(StandardCharsets.UTF_8);
        int a = new String(notUtf8, StandardCharsets.ISO_8859_1).indexOf("ab</t>");
        notUtf8[a] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        byte[] twoRoots = (HEAD + TAIL + "<worksheet/>").getBytes(StandardCharsets.UTF_8);

        for (byte[] part : List.of(notUtf8, twoRoots)) {
            assertThatThrownBy(() -> parse(part)).isInstanceOf(WorkbookException.class);
            assertThatThrownBy(() -> scan(part)).isInstanceOf(WorkbookException.class);
        }
    }

    @Test
    void refusesAStartTagOfMoreThan10000Attributes() {
        StringBuilder tag = new StringBuilder("<row r=\"1\"><c r=\"A1\"");
        for (int i = 0; i <= AttributeLimit.LIMIT; i++) {
            tag.append(" a").append(i).append("=\"1\"");
        }
        byte[] part = (HEAD + tag + "><v>1</v></c></row>" + TAIL).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parse(part)).isInstanceOf(WorkbookException.class);
        assertThatThrownBy(() -> scan(part)).isInstanceOf(WorkbookException.class)
                .cause().hasMessageContaining("more than 10000 attributes");
    }

    @Test
    void leavesWhatOfficeSuitesDoNotWriteToTheGeneralParsers() {
        String sheet = "<worksheet><sheetData/></worksheet>";
        assertThat(root("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand --><?pi x?>" + sheet)).isPositive();
        assertThat(root("\uFEFF" + sheet)).isZero(); // BOM: the root right after it
        assertThat(root("<?xml version='1.0'?>" + sheet)).isPositive();
        assertThat(root("<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + sheet)).isNegative();
        assertThat(root("<?xml version=\"1.0\" encoding=\"GB18030\"?>" + sheet)).isNegative();
        assertThat(root("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]>" + sheet)).isNegative();
        assertThat(root("<!-- " + "x".repeat(XlsxSheetScanner.BUFFER) + " -->" + sheet)).isNegative();
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + sheet).getBytes(StandardCharsets.UTF_16LE);
        assertThat(XlsxSheetScanner.rootElement(utf16, utf16.length)).isNegative();
    }

    private static int root(String head) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        int root = XlsxSheetScanner.rootElement(b, Math.min(b.length, XlsxSheetScanner.BUFFER)); // what open() looks at
        return root < 0 ? root : root - (b[0] == (byte) 0xEF ? 3 : 0);
    }

    private static List<RawRow> scan(byte[] part) throws Exception {
        RowCursor cursor = XlsxSheetScanner.open("370202_2025Q1.xlsx", "sheet", new ByteArrayInputStream(part), decoder());
        assertThat(cursor).isInstanceOf(XlsxSheetScanner.class);
        return rows(cursor);
    }

    private static List<RawRow> parse(byte[] part) throws Exception {
        return rows(new XlsxSheetCursor("370202_2025Q1.xlsx", "sheet", new ByteArrayInputStream(part), decoder()));
    }

    private static List<RawRow> rows(RowCursor cursor) throws WorkbookException {
        List<RawRow> rows = new ArrayList<>();
        try (cursor) {
            for (RawRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static XlsxCellDecoder decoder() {
        // a shared string stands for its index: the cells say which one both readers looked up
        return new XlsxCellDecoder(index -> index == 0 ? "共享" : "#" + index, new DateStyles(new StylesTable()), false);
    }
}
