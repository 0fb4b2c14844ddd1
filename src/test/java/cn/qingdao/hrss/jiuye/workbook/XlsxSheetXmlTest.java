package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/** The .xlsx sheet parser on XML that real writers produce but POI's writer does not (rules §3, §4). */
class XlsxSheetXmlTest {

    private static final String SHEET = "吸纳就业社保补贴";

    @TempDir
    Path dir;

    @Test
    void rowsAndCellsWithoutReferencesArePlacedByTheirOrder() throws Exception {
        Path file = new RawXlsx().sheet(SHEET,
                "<row><c t=\"inlineStr\"><is><t>序号</t></is></c><c t=\"inlineStr\"><is><t>单位名称</t></is></c></row>"
                        + "<row r=\"3\"><c><v>1</v></c><c t=\"inlineStr\"><is><t>青岛海达协会</t></is></c></row>"
                        + "<row><c r=\"C4\" t=\"inlineStr\"><is><t>备注</t></is></c><c t=\"inlineStr\"><is><t>D列</t></is></c></row>",
                "").writeTo(dir.resolve("no-refs.xlsx"));

        List<RawRow> rows = readRows(file, SHEET);

        assertThat(rows).containsExactly(
                new RawRow(1, List.of(RawCell.text(0, "序号"), RawCell.text(1, "单位名称"))),
                new RawRow(3, List.of(RawCell.number(0, 1), RawCell.text(1, "青岛海达协会"))),
                new RawRow(4, List.of(RawCell.text(2, "备注"), RawCell.text(3, "D列"))));
    }

    @Test
    void richTextInlineStringJoinsItsRunsAndIgnoresPhoneticText() throws Exception {
        Path file = new RawXlsx().sheet(SHEET,
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>青岛</t></r>"
                        + "<r><t xml:space=\"preserve\">海达 协会</t></r><rPh sb=\"0\" eb=\"2\"><t>チンタオ</t></rPh></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"></c><c r=\"C1\" t=\"inlineStr\"><is><t/></is></c></row>",
                "").writeTo(dir.resolve("rich.xlsx"));

        assertThat(readRows(file, SHEET)).containsExactly(new RawRow(1, List.of(RawCell.text(0, "青岛海达 协会"))));
    }

    @Test
    void sharedAndInlineStringsReadAlike() throws Exception {
        Path file = new RawXlsx().sharedStrings("单位名称", "青岛海达协会")
                .sheet(SHEET, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>单位名称</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>青岛海达协会</t></is></c></row>", "")
                .writeTo(dir.resolve("shared.xlsx"));

        List<RawRow> rows = readRows(file, SHEET);

        assertThat(rows).containsExactly(
                new RawRow(1, List.of(RawCell.text(0, "单位名称"), RawCell.text(1, "单位名称"))),
                new RawRow(2, List.of(RawCell.text(0, "青岛海达协会"), RawCell.text(1, "青岛海达协会"))));
    }

    @Test
    void formulaResultsBooleansAndErrorsAreReadFromTheCachedValue() throws Exception {
        Path file = new RawXlsx().sheet(SHEET, "<row r=\"1\">"
                        + "<c r=\"A1\" t=\"str\"><f>\"2025\"&amp;\"-07\"</f><v>2025-07</v></c>"
                        + "<c r=\"B1\"><f>400.32+80.64</f><v>480.96000000000004</v></c>"
                        + "<c r=\"C1\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c r=\"E1\"><f>SUM(Z1:Z9)</f></c>"
                        + "<c r=\"F1\" t=\"b\"><v>0</v></c></row>", "")
                .writeTo(dir.resolve("formulas.xlsx"));

        assertThat(readRows(file, SHEET).get(0).cells()).containsExactly(
                RawCell.text(0, "2025-07"),
                RawCell.number(1, 480.96000000000004),
                new RawCell(2, RawCell.Kind.BOOLEAN, "TRUE", 0, false),
                new RawCell(3, RawCell.Kind.ERROR, "#DIV/0!", 0, false),
                new RawCell(5, RawCell.Kind.BOOLEAN, "FALSE", 0, false));
    }

    @Test
    void numbersAreDatesOnlyWhenTheirStyleHasADateFormat() throws Exception {
        Path file = new RawXlsx().sheet(SHEET, "<row r=\"1\">"
                        + "<c r=\"A1\" s=\"1\"><v>45859</v></c>"              // built-in 14: m/d/yyyy
                        + "<c r=\"B1\" s=\"2\"><v>45860.5</v></c>"            // custom yyyy"年"m"月"d"日"
                        + "<c r=\"C1\" s=\"3\"><v>370202197005012608</v></c>" // text format "@"
                        + "<c r=\"D1\"><v>20250715</v></c>"
                        + "<c r=\"E1\" t=\"d\"><v>2025-07-21</v></c></row>", "")
                .writeTo(dir.resolve("dates.xlsx"));

        assertThat(readRows(file, SHEET).get(0).cells()).containsExactly(
                RawCell.date(0, 45859),
                RawCell.date(1, 45860.5),
                RawCell.number(2, 370202197005012608d),
                RawCell.number(3, 20250715),
                RawCell.date(4, DateUtil.getExcelDate(LocalDate.of(2025, 7, 21))));
    }

    @Test
    void datesOfA1904WorkbookAreHandedOverIn1900Serials() throws Exception {
        Path file = new RawXlsx().date1904()
                .sheet(SHEET, "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44397</v></c><c r=\"B1\"><v>44397</v></c></row>", "")
                .writeTo(dir.resolve("mac.xlsx"));

        assertThat(readRows(file, SHEET).get(0).cells()).containsExactly(
                RawCell.date(0, DateUtil.getExcelDate(LocalDate.of(2025, 7, 21))), RawCell.number(1, 44397));
    }

    @Test
    void mergeFillsRowsTheFileLeavesOutAndEveryColumnItSpans() throws Exception {
        Path file = new RawXlsx().sheet(SHEET,
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>序号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>单位名称</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>职工姓名</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>青岛海达协会</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>常亚</t></is></c></row>"
                        + "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"B4\"/><c r=\"C4\" t=\"inlineStr\"><is><t>田彩</t></is></c></row>"
                        + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>合计</t></is></c></row>",
                "<mergeCells count=\"2\"><mergeCell ref=\"B2:B4\"/><mergeCell ref=\"A6:C6\"/></mergeCells>")
                .writeTo(dir.resolve("merges.xlsx"));

        assertThat(readRows(file, SHEET)).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 6);
        List<DataRow> data = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readTable(new SheetSpec(SHEET, List.of("单位名称", "职工姓名")), data::add);
        }
        assertThat(data).containsExactly(
                new DataRow(2, List.of(RawCell.text(1, "青岛海达协会"), RawCell.text(2, "常亚"))),
                new DataRow(3, List.of(RawCell.text(1, "青岛海达协会"), RawCell.blank(2))),
                new DataRow(4, List.of(RawCell.text(1, "青岛海达协会"), RawCell.text(2, "田彩"))));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path file = new RawXlsx().sheetXml(SHEET, "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .writeTo(dir.resolve("xxe.xlsx"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readRows(SHEET, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.code()).isEqualTo(ReasonCode.UNREADABLE_FILE));
        }
    }

    @Test
    void internalEntitiesAreNeverExpanded() throws Exception {
        Path file = new RawXlsx().sheetXml(SHEET, "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"lol\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .writeTo(dir.resolve("laughs.xlsx"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readRows(SHEET, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.code()).isEqualTo(ReasonCode.UNREADABLE_FILE));
        }
    }

    @Test
    void aDoctypeWithoutEntityReferencesIsIgnored() throws Exception {
        Path file = new RawXlsx().sheetXml(SHEET, "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\">"
                        + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "</sheetData></worksheet>")
                .writeTo(dir.resolve("doctype.xlsx"));

        assertThat(readRows(file, SHEET)).containsExactly(new RawRow(1, List.of(RawCell.number(0, 1))));
    }

    @Test
    void anXml11SheetIsReadAsXml11() throws Exception {
        // XML 1.1: a reference to a control character is allowed (then dropped from the text), NEL is a line end
        Path file = new RawXlsx().sheetXml(SHEET, "<?xml version='1.1' encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>张&#1;三</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>青岛\u0085海达</t></is></c></row></sheetData></worksheet>")
                .writeTo(dir.resolve("xml11.xlsx"));

        assertThat(readRows(file, SHEET)).containsExactly(
                new RawRow(1, List.of(RawCell.text(0, "张三"), RawCell.text(1, "青岛\n海达"))));
    }

    @Test
    void cellAttributesAreMatchedByLocalNameInAnyNamespace() throws Exception {
        // the first r, t or s whatever its prefix, as the JDK parser's getAttributeValue(null, name) read them
        Path file = new RawXlsx().sheet(SHEET, "<row r=\"1\"><c xmlns:x=\"urn:x\" x:r=\"C1\" x:t=\"inlineStr\" r=\"A1\">"
                        + "<is><t>单位名称</t></is></c></row>", "")
                .writeTo(dir.resolve("prefixed.xlsx"));

        assertThat(readRows(file, SHEET)).containsExactly(new RawRow(1, List.of(RawCell.text(2, "单位名称"))));
    }

    @Test
    void cellAttributesAreReadAlikeByBothParsersSpacesAroundThemIgnoredOddValuesFallingBack() throws Exception {
        // r, t and s are XML Schema types: white space around a value is not part of it; a reference without
        // letters or past XFD is the next column, a style that is no whole number style 0, an unknown type a number
        String cells = "<row r=\"1\"><c r=\" B1 \" t=\" inlineStr \"><is><t>单位名称</t></is></c>"
                + "<c r=\"17\" t=\"s\"><v>0</v></c><c r=\"XFE1\" s=\"-1\"><v>2</v></c>"
                + "<c r=\"h1\" t=\"x\" s=\" 1 \"><v>45678</v></c><c s=\"abc\" t=\"\"><v>3</v></c></row>";
        List<RawRow> expected = List.of(new RawRow(1, List.of(RawCell.text(1, "单位名称"), RawCell.text(2, "青岛"),
                RawCell.number(3, 2), RawCell.date(7, 45678), RawCell.number(8, 3))));
        Path aalto = new RawXlsx().sharedStrings("青岛").sheet(SHEET, cells, "").writeTo(dir.resolve("attributes.xlsx"));
        Path jdk = new RawXlsx().sharedStrings("青岛").sheetXml(SHEET, "<?xml version='1.1' encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + cells + "</sheetData></worksheet>")
                .writeTo(dir.resolve("attributes-xml11.xlsx"));

        assertThat(readRows(aalto, SHEET)).isEqualTo(expected);
        assertThat(readRows(jdk, SHEET)).isEqualTo(expected);
    }

    @Test
    void numbersThatAreNotFiniteAreTheErrorNum() throws Exception {
        Path file = new RawXlsx().sheet(SHEET, "<row r=\"1\"><c r=\"A1\"><v>NaN</v></c><c r=\"B1\" s=\"1\"><v>Infinity</v></c>"
                        + "<c r=\"C1\"><v>1e400</v></c></row>", "")
                .writeTo(dir.resolve("nan.xlsx"));

        assertThat(readRows(file, SHEET).get(0).cells()).containsExactly(
                new RawCell(0, RawCell.Kind.ERROR, "#NUM!", 0, false),
                new RawCell(1, RawCell.Kind.ERROR, "#NUM!", 0, false),
                new RawCell(2, RawCell.Kind.ERROR, "#NUM!", 0, false));
    }

    @Test
    void aRepeatedRowNumberMakesTheSheetUnreadable() throws Exception {
        Path file = new RawXlsx().sheet(SHEET, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"2\"><c r=\"A2\"><v>3</v></c></row>", "")
                .writeTo(dir.resolve("370202_2025Q1.xlsx"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readRows(SHEET, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.code()).isEqualTo(ReasonCode.UNREADABLE_FILE);
                        assertThat(e.sheet()).isEqualTo(SHEET);
                        assertThat(e.messageZh()).isEqualTo("文件“370202_2025Q1.xlsx”的工作表“吸纳就业社保补贴”无法读取（内容已损坏）；"
                                + "请用办公软件另存为.xlsx格式后重新报送");
                    });
        }
    }

    @Test
    void invisibleCharactersInASheetNameDoNotHideTheSheet() throws Exception {
        Path file = new RawXlsx().sheet("\u200B吸纳就业社保补贴\uFEFF ", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "")
                .writeTo(dir.resolve("names.xlsx"));

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.sheetNames()).containsExactly(SHEET);
        }
    }

    private static List<RawRow> readRows(Path file, String sheet) throws WorkbookException {
        List<RawRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readRows(sheet, rows::add);
        }
        return rows;
    }
}
