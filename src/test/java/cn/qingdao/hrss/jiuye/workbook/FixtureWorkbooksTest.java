package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * The three 2025Q3 district files made by real writers (openpyxl with inline strings, LibreOffice
 * with shared strings, a legacy .xls): every data row the expected decisions list, and no other.
 */
class FixtureWorkbooksTest {

    static final SheetSpec STARTUP = new SheetSpec("一次性创业补贴", List.of("姓名", "身份证号", "人员类别", "毕业日期",
            "主体类型", "主体名称", "统一社会信用代码", "登记注册日期", "是否首次在青创业", "是否正常经营", "申请日期"));
    static final SheetSpec EMPLOYER = new SheetSpec("吸纳就业社保补贴", List.of("单位名称", "统一社会信用代码", "单位类型",
            "职工姓名", "身份证号", "人员类别", "毕业日期", "劳动合同起始日期", "劳动合同终止日期", "是否办理就业登记",
            "补贴起始月", "补贴终止月", "单位月缴社保金额", "申请日期"));
    static final SheetSpec FLEXIBLE = new SheetSpec("灵活就业社保补贴", List.of("姓名", "身份证号", "人员类别", "毕业日期",
            "灵活就业登记日期", "补贴起始月", "补贴终止月", "月实缴社保金额", "申请日期"));
    static final SheetSpec STATISTICS = new SheetSpec("就业统计", List.of("指标", "本季第1月", "本季第2月", "本季第3月", "季度合计"));

    private static final Map<String, SheetSpec> BY_SUBSIDY = Map.of("startup", STARTUP, "employer", EMPLOYER, "flexible", FLEXIBLE);

    @ParameterizedTest
    @CsvSource({
            "370202_2025Q3.xlsx, 370202, startup", "370202_2025Q3.xlsx, 370202, employer", "370202_2025Q3.xlsx, 370202, flexible",
            "370211_2025Q3.xls, 370211, startup", "370211_2025Q3.xls, 370211, employer", "370211_2025Q3.xls, 370211, flexible",
            "370285_2025Q3.xlsx, 370285, startup", "370285_2025Q3.xlsx, 370285, employer", "370285_2025Q3.xlsx, 370285, flexible"})
    void readsExactlyTheDataRowsOfTheExpectedDecisions(String fileName, String district, String subsidy) throws Exception {
        SheetSpec spec = BY_SUBSIDY.get(subsidy);

        List<Integer> rowNumbers = readTable(fileName, spec).stream().map(DataRow::rowNumber).toList();

        assertThat(rowNumbers).isEqualTo(expectedRows(district, subsidy));
    }

    @ParameterizedTest
    @CsvSource({
            "370202_2025Q3.xlsx, 3, 3, 1", "370211_2025Q3.xls, 3, 2, 3", "370285_2025Q3.xlsx, 1, 3, 3"})
    void findsTheHeaderBelowTheTitleRows(String fileName, int startupHeader, int employerHeader, int flexibleHeader)
            throws Exception {
        assertThat(headerRow(fileName, STARTUP)).isEqualTo(startupHeader);
        assertThat(headerRow(fileName, EMPLOYER)).isEqualTo(employerHeader);
        assertThat(headerRow(fileName, FLEXIBLE)).isEqualTo(flexibleHeader);
    }

    @Test
    void openpyxlFileWithInlineStringsKeepsTextAndNumbersApart() throws Exception {
        try (SubmissionWorkbook wb = Workbooks.open(fixture("370202_2025Q3.xlsx"))) {
            assertThat(wb.sheetNames()).containsExactly("填报信息", "一次性创业补贴", "吸纳就业社保补贴", "灵活就业社保补贴", "就业统计");
        }
        List<DataRow> rows = readTable("370202_2025Q3.xlsx", STARTUP);

        DataRow first = rows.get(0);
        assertThat(first.rowNumber()).isEqualTo(4);
        assertThat(first.cell(STARTUP.indexOf("姓名"))).isEqualTo(RawCell.text(5, "黄茗"));
        assertThat(first.cell(STARTUP.indexOf("身份证号"))).isEqualTo(RawCell.text(11, "370202199409059779"));
        assertThat(first.cell(STARTUP.indexOf("申请日期"))).isEqualTo(RawCell.text(1, "2025年7月21日"));
        DataRow third = rows.get(2);
        assertThat(third.cell(STARTUP.indexOf("申请日期"))).isEqualTo(RawCell.date(1, 45860));
        assertThat(third.cell(STARTUP.indexOf("毕业日期"))).isEqualTo(RawCell.blank(3));
        DataRow last = rows.get(rows.size() - 1);
        assertThat(last.rowNumber()).isEqualTo(42);
        RawCell fullWidthId = last.cell(STARTUP.indexOf("身份证号"));
        assertThat(fullWidthId).isEqualTo(RawCell.text(11, "３７０２０２１９７４０２２２４０７４"));
        assertThat(Text.clean(fullWidthId.text())).isEqualTo("370202197402224074");
    }

    @Test
    void legacyXlsKeepsIdNumbersStoredAsNumbers() throws Exception {
        List<DataRow> rows = readTable("370211_2025Q3.xls", EMPLOYER);

        DataRow row7 = rows.stream().filter(r -> r.rowNumber() == 7).findFirst().orElseThrow();
        RawCell id = row7.cell(EMPLOYER.indexOf("身份证号"));
        assertThat(id.kind()).isEqualTo(RawCell.Kind.NUMBER);
        assertThat(id.number()).isEqualTo(3.702112000030736E17);
        assertThat(row7.cell(EMPLOYER.indexOf("职工姓名"))).isEqualTo(RawCell.text(4, "黄瑗可"));
        assertThat(rows.get(0).cell(EMPLOYER.indexOf("毕业日期"))).isEqualTo(RawCell.date(7, 46203));
    }

    @Test
    void libreOfficeFileWithSharedStringsReadsStatistics() throws Exception {
        List<DataRow> rows = readTable("370285_2025Q3.xlsx", STATISTICS);

        assertThat(rows).extracting(DataRow::rowNumber).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(rows.get(0).cells()).containsExactly(RawCell.text(0, "城镇新增就业人数"), RawCell.number(1, 2054),
                RawCell.number(2, 2233), RawCell.number(3, 3184), RawCell.number(4, 7471));
        assertThat(rows.get(5).cell(STATISTICS.indexOf("季度合计"))).isEqualTo(RawCell.text(4, "3,712"));
    }

    @Test
    void coverSheetsGiveTheirLabelsAndValues() throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(fixture("370211_2025Q3.xls"))) {
            wb.readRows("填报信息", rows::add);
        }

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(rows.get(0).cells()).containsExactly(RawCell.text(0, "区市代码"), RawCell.number(1, 370211));
        assertThat(rows.get(2).cells()).containsExactly(RawCell.text(0, "季度"), RawCell.text(1, "2025Q3"));
        assertThat(rows.get(5).cells()).containsExactly(RawCell.text(0, "填报日期"), RawCell.date(1, 45928));
    }

    /** The header's row number: the row just above the first data row holding every column label. */
    private static int headerRow(String fileName, SheetSpec spec) throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(fixture(fileName))) {
            wb.readRows(spec.name(), rows::add);
        }
        return rows.stream()
                .filter(r -> r.cells().stream().filter(c -> c.kind() == RawCell.Kind.TEXT)
                        .map(c -> Text.label(c.text())).toList().containsAll(spec.columns()))
                .findFirst().orElseThrow().rowNumber();
    }

    private static List<Integer> expectedRows(String district, String subsidy) throws IOException, URISyntaxException {
        Path csv = Path.of(FixtureWorkbooksTest.class.getResource("/fixtures/2025Q3/expected/decisions.csv").toURI());
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",", -1))
                .filter(f -> f[1].equals(district) && f[2].equals(subsidy))
                .map(f -> Integer.parseInt(f[3]))
                .sorted()
                .toList();
    }

    static Path fixture(String fileName) throws URISyntaxException {
        return Path.of(FixtureWorkbooksTest.class.getResource("/fixtures/2025Q3/inbox/" + fileName).toURI());
    }

    private static List<DataRow> readTable(String fileName, SheetSpec spec) throws Exception {
        List<DataRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(fixture(fileName))) {
            wb.readTable(spec, rows::add);
        }
        return rows;
    }
}
