package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.TestWorkbook.DateValue;
import cn.qingdao.hrss.jiuye.workbook.TestWorkbook.Format;
import cn.qingdao.hrss.jiuye.workbook.TestWorkbook.Formula;

/** rules §3 table reading, the same for .xlsx and .xls (every test runs on both formats). */
class TableReadingTest {

    private static final String FLEX = "灵活就业社保补贴";
    private static final SheetSpec FLEX_SPEC = new SheetSpec(FLEX, List.of("姓名", "身份证号", "人员类别", "申请日期"));
    private static final String EMPLOYER = "吸纳就业社保补贴";
    private static final SheetSpec EMPLOYER_SPEC = new SheetSpec(EMPLOYER,
            List.of("单位名称", "职工姓名", "补贴起始月", "补贴终止月", "单位月缴社保金额"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void findsHeaderBelowTitleWithShuffledAnnotatedAndExtraColumns(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "2025年第三季度灵活就业社保补贴汇总表").merge(FLEX, "A1:F1")
                    .row(FLEX, 3, "序号", "备注", "身份证号（必填）", "姓　名：", "申请日期", "人员类别 [必填]")
                    .row(FLEX, 4, 1, "电话确认", "370202199409059779", "黄茗", new DateValue(LocalDate.of(2025, 7, 21)), "高校毕业生")
                    .row(FLEX, 5, 2, null, "37020219810611673X", "杜冰珍", "2025.9.25", "就业困难人员");
            file = wb.writeTo(dir, "370202_2025Q3");
        }

        List<DataRow> rows = readTable(file, FLEX_SPEC);

        assertThat(rows).extracting(DataRow::rowNumber).containsExactly(4, 5);
        DataRow first = rows.get(0);
        assertThat(first.cell(FLEX_SPEC.indexOf("姓名"))).isEqualTo(RawCell.text(3, "黄茗"));
        assertThat(first.cell(FLEX_SPEC.indexOf("身份证号"))).isEqualTo(RawCell.text(2, "370202199409059779"));
        assertThat(first.cell(FLEX_SPEC.indexOf("人员类别"))).isEqualTo(RawCell.text(5, "高校毕业生"));
        assertThat(first.cell(FLEX_SPEC.indexOf("申请日期")))
                .isEqualTo(RawCell.date(4, DateUtil.getExcelDate(LocalDate.of(2025, 7, 21))));
        assertThat(rows.get(1).cell(FLEX_SPEC.indexOf("申请日期"))).isEqualTo(RawCell.text(4, "2025.9.25"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void skipsPreNumberedBlankRowsAndKeepsPhysicalRowNumbers(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "序号", "姓名", "身份证号", "人员类别", "申请日期")
                    .row(FLEX, 2, 1, "黄茗", "370202199409059779", "高校毕业生", "2025-07-21")
                    .row(FLEX, 3, 2)
                    .row(FLEX, 4, 3, "  ")
                    // row 5 does not exist at all
                    .row(FLEX, 6, 4, null, null, "就业困难人员");
            file = wb.writeTo(dir, "pre-numbered");
        }

        List<DataRow> rows = readTable(file, FLEX_SPEC);

        assertThat(rows).extracting(DataRow::rowNumber).containsExactly(2, 6);
        DataRow sparse = rows.get(1);
        assertThat(sparse.cell(FLEX_SPEC.indexOf("姓名"))).isEqualTo(RawCell.blank(1));
        assertThat(sparse.cell(FLEX_SPEC.indexOf("人员类别"))).isEqualTo(RawCell.text(3, "就业困难人员"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void stopsAtTotalsRowAndIgnoresEveryRowBelowIt(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "序号", "姓名", "身份证号", "人员类别", "申请日期")
                    .row(FLEX, 2, 1, "黄茗", "370202199409059779", "高校毕业生", "2025-07-21")
                    .row(FLEX, 3, 2, "乔璧", "370202199407220303", "就业困难人员", "2025-07-22")
                    .row(FLEX, 4, "合计", "2条")
                    .row(FLEX, 5, 3, "张敏娥", "370202199608084643", "高校毕业生", "2025-07-23");
            file = wb.writeTo(dir, "totals");
        }

        assertThat(readTable(file, FLEX_SPEC)).extracting(DataRow::rowNumber).containsExactly(2, 3);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void totalsRowIsRecognisedByItsFirstNonBlankCellWithSpaces(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "序号", "姓名", "身份证号", "人员类别", "申请日期")
                    .row(FLEX, 2, 1, "黄茗", "370202199409059779", "高校毕业生", "2025-07-21")
                    .row(FLEX, 3, null, "总　计：", null, null, 5)
                    .row(FLEX, 4, 2, "乔璧", "370202199407220303", "就业困难人员", "2025-07-22");
            file = wb.writeTo(dir, "grand-total");
        }

        assertThat(readTable(file, FLEX_SPEC)).extracting(DataRow::rowNumber).containsExactly(2);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mergedCellValueBelongsToEveryRowItSpans(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(EMPLOYER, 1, "序号", "单位名称", "职工姓名", "补贴起始月", "补贴终止月", "单位月缴社保金额")
                    .row(EMPLOYER, 2, 1, "青岛海达协会", "常亚", "2025-04", "2025-06", 710.2)
                    .row(EMPLOYER, 3, 2, null, "方园香", "2025-04", "2025-06", 710.2)
                    .row(EMPLOYER, 4, 3, null, "田彩", "2025-05", "2025-06", 1086.63)
                    .merge(EMPLOYER, "B2:B4")
                    .row(EMPLOYER, 5, 4, "山东港达协会", "廖羽洁", "2025-04", "2025-06", 321.27);
            file = wb.writeTo(dir, "merged");
        }

        List<DataRow> rows = readTable(file, EMPLOYER_SPEC);

        assertThat(rows).extracting(DataRow::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(rows).extracting(r -> r.cell(EMPLOYER_SPEC.indexOf("单位名称")))
                .containsExactly(RawCell.text(1, "青岛海达协会"), RawCell.text(1, "青岛海达协会"),
                        RawCell.text(1, "青岛海达协会"), RawCell.text(1, "山东港达协会"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formulaCellsCountByTheirCachedValue(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(EMPLOYER, 1, "序号", "单位名称", "职工姓名", "补贴起始月", "补贴终止月", "单位月缴社保金额")
                    .row(EMPLOYER, 2, 1, new Formula("\"青岛\"&\"海达协会\""), "常亚", "2025-04",
                            new Formula("1/0"), new Formula("400.32+80.64"))
                    .evaluateFormulas();
            file = wb.writeTo(dir, "formulas");
        }

        DataRow row = readTable(file, EMPLOYER_SPEC).get(0);

        assertThat(row.cell(EMPLOYER_SPEC.indexOf("单位名称"))).isEqualTo(RawCell.text(1, "青岛海达协会"));
        assertThat(row.cell(EMPLOYER_SPEC.indexOf("补贴终止月")))
                .isEqualTo(new RawCell(4, RawCell.Kind.ERROR, "#DIV/0!", 0, false));
        RawCell amount = row.cell(EMPLOYER_SPEC.indexOf("单位月缴社保金额"));
        assertThat(amount.kind()).isEqualTo(RawCell.Kind.NUMBER);
        assertThat(amount.number()).isEqualTo(400.32 + 80.64);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numericIdNumbersAndBooleansAreHandedOverAsStored(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "序号", "姓名", "身份证号", "人员类别", "申请日期")
                    .row(FLEX, 2, 1, "刘雁琬", 370202197005012608d, true, 20250715);
            file = wb.writeTo(dir, "numbers");
        }

        DataRow row = readTable(file, FLEX_SPEC).get(0);

        assertThat(row.cell(FLEX_SPEC.indexOf("身份证号"))).isEqualTo(RawCell.number(2, 370202197005012608d));
        assertThat(row.cell(FLEX_SPEC.indexOf("人员类别")))
                .isEqualTo(new RawCell(3, RawCell.Kind.BOOLEAN, "TRUE", 0, false));
        assertThat(row.cell(FLEX_SPEC.indexOf("申请日期"))).isEqualTo(RawCell.number(4, 20250715));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aLabelThatAppearsTwiceIsTakenAtItsFirstColumn(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(FLEX, 1, "姓名", "身份证号", "人员类别", "申请日期", "姓名")
                    .row(FLEX, 2, "黄茗", "370202199409059779", "高校毕业生", "2025-07-21", "别名");
            file = wb.writeTo(dir, "twice");
        }

        assertThat(readTable(file, FLEX_SPEC).get(0).cell(FLEX_SPEC.indexOf("姓名"))).isEqualTo(RawCell.text(0, "黄茗"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void missingSheetIsReportedByName(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row("填报信息", 1, "区市代码", "370202");
            file = wb.writeTo(dir, "no-tables");
        }

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readTable(FLEX_SPEC, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.code()).isEqualTo(ReasonCode.MISSING_SHEET);
                        assertThat(e.sheet()).isEqualTo(FLEX);
                        assertThat(e.getMessage()).contains(FLEX).contains("no-tables" + format.extension)
                                .doesNotContain(dir.toString());
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void missingColumnIsNamedRelativeToTheBestMatchingRow(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(EMPLOYER, 1, "2025年第三季度吸纳就业社保补贴汇总表")
                    .row(EMPLOYER, 2, "序号", "单位名称", "职工姓名", "补贴起始月", "单位月缴社保金额（元）")
                    .row(EMPLOYER, 3, 1, "青岛海达协会", "常亚", "2025-04", 710.2);
            file = wb.writeTo(dir, "missing-column");
        }

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readTable(EMPLOYER_SPEC, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.code()).isEqualTo(ReasonCode.MISSING_COLUMN);
                        assertThat(e.sheet()).isEqualTo(EMPLOYER);
                        assertThat(e.getMessage()).isEqualTo("sheet 吸纳就业社保补贴: missing column(s) 补贴终止月");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptySheetMissesEveryColumn(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.sheet(FLEX);
            file = wb.writeTo(dir, "empty-sheet");
        }

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.readTable(FLEX_SPEC, row -> { }))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("sheet 灵活就业社保补贴: missing column(s) 姓名, 身份证号, 人员类别, 申请日期"));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sheetNamesAreTrimmedAndFoldedToHalfWidth(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row(" 填报信息 ", 1, "区市代码", "370202");
            wb.row("Ｓｈｅｅｔ２", 1, "x");
            file = wb.writeTo(dir, "names");
        }

        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            assertThat(wb.sheetNames()).containsExactly("填报信息", "Sheet2");
            assertThat(wb.hasSheet("填报信息")).isTrue();
            assertThat(wb.hasSheet("就业统计")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readRowsYieldsEveryNonBlankRowOfTheCoverSheet(Format format) throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(format)) {
            wb.row("填报信息", 1, "区市代码：", "370202")
                    .row("填报信息", 2, "区市名称")
                    .row("填报信息", 3, "", "")
                    .row("填报信息", 5, "季度", "2025Q3")
                    .row("填报信息", 6, "填报日期", new DateValue(LocalDate.of(2025, 9, 28)));
            file = wb.writeTo(dir, "cover");
        }

        List<RawRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readRows("填报信息", rows::add);
        }

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 5, 6);
        assertThat(rows.get(0).cells()).containsExactly(RawCell.text(0, "区市代码："), RawCell.text(1, "370202"));
        assertThat(rows.get(1).cells()).containsExactly(RawCell.text(0, "区市名称"));
        assertThat(rows.get(3).cells().get(1)).isEqualTo(RawCell.date(1, 45928));
    }

    private static List<DataRow> readTable(Path file, SheetSpec spec) throws WorkbookException {
        List<DataRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readTable(spec, rows::add);
        }
        return rows;
    }
}
