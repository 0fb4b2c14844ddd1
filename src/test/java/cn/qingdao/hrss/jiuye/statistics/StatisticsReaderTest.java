package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.validation.RowBuilder;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** 就业统计, rules §3.5 and §7. Rows start at 3 (a title row, then the header). */
class StatisticsReaderTest {

    /** The seven indicators as a district fills them in; the city's Q1 shares of rules §9. */
    private static List<RowBuilder> validSheet() {
        List<RowBuilder> rows = new ArrayList<>();
        rows.add(row("城镇新增就业人数", "2,100", "2,600", "3,130", "7,830"));
        rows.add(row("失业人员再就业人数", "1000", "1000", "1050", "3050"));
        rows.add(row("就业困难人员实现就业人数", "100", "120", "130", "350"));
        rows.add(row("提供就业岗位数", "4000", "4000", "4100", "12100"));
        rows.add(row("举办招聘活动场次", "10", "12", "8", "30"));
        rows.add(row("职业技能培训人次", "500", "600", "700", "1800"));
        rows.add(row("乐业服务站数量", "20", "21", "23", "23"));
        return rows;
    }

    private static RowBuilder row(String indicator, String m1, String m2, String m3, String total) {
        return RowBuilder.of(StatisticsSheet.SHEET)
                .text("指标", indicator)
                .text("本季第1月", m1)
                .text("本季第2月", m2)
                .text("本季第3月", m3)
                .text("季度合计", total);
    }

    private static StatisticsResult read(List<RowBuilder> rows) {
        StatisticsReader reader = new StatisticsReader();
        for (int i = 0; i < rows.size(); i++) {
            DataRow row = rows.get(i).build(i + 3);
            reader.accept(row);
        }
        return reader.result();
    }

    @Test
    void sheetSpecHasTheColumnsOfRules35() {
        assertThat(StatisticsSheet.SHEET.name()).isEqualTo("就业统计");
        assertThat(StatisticsSheet.SHEET.columns()).containsExactly("指标", "本季第1月", "本季第2月", "本季第3月", "季度合计");
    }

    @Test
    void readsAValidSheet() {
        StatisticsResult result = read(validSheet());

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsOnlyKeys(Indicator.values());
        assertThat(result.values().get(Indicator.NEW_URBAN_EMPLOYMENT))
                .isEqualTo(new IndicatorValues(Indicator.NEW_URBAN_EMPLOYMENT, 3, 2100L, 2600L, 3130L, 7830L));
        assertThat(result.total(Indicator.SERVICE_STATIONS)).isEqualTo(23L);
        assertThat(result.values().keySet()).containsExactly(Indicator.values());
    }

    @Test
    void flowTotalThatIsNotTheSumOfItsMonthsIsAMismatch() {
        List<RowBuilder> rows = validSheet();
        rows.set(1, row("失业人员再就业人数", "1000", "1000", "1050", "3000"));

        StatisticsResult result = read(rows);

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).containsExactly(new StatisticsError(ReasonCode.STAT_TOTAL_MISMATCH,
                Indicator.REEMPLOYMENT, 4, "季度合计", "F", "3000"));
    }

    @ParameterizedTest(name = "[{index}] 乐业服务站数量 {0}/{1}/{2} total {3} -> {4}")
    @CsvSource({
            "20, 21, 23, 23, ",
            "20, 21, 23, 64, STAT_TOTAL_MISMATCH",
            "20, 21, 23, 20, STAT_TOTAL_MISMATCH",
            "x, 21, 23, 23, INVALID_NUMBER"})
    void stockTotalIsTheThirdMonth(String m1, String m2, String m3, String total, ReasonCode expected) {
        List<RowBuilder> rows = validSheet();
        rows.set(6, row("乐业服务站数量", m1, m2, m3, total));

        StatisticsResult result = read(rows);

        if (expected == null) {
            assertThat(result.errors()).isEmpty();
        } else {
            assertThat(result.errors()).extracting(StatisticsError::code, StatisticsError::indicator)
                    .containsExactly(tuple(expected, Indicator.SERVICE_STATIONS));
        }
    }

    @Test
    void missingIndicatorIsReportedWithoutARow() {
        List<RowBuilder> rows = validSheet();
        rows.remove(4);

        StatisticsResult result = read(rows);

        assertThat(result.errors()).containsExactly(StatisticsError.missing(Indicator.RECRUITMENT_EVENTS));
        assertThat(result.errors().get(0).rowNumber()).isZero();
        assertThat(result.values()).doesNotContainKey(Indicator.RECRUITMENT_EVENTS);
        assertThat(result.total(Indicator.RECRUITMENT_EVENTS)).isNull();
    }

    @Test
    void textInANumberCellIsInvalidNumberAndTheTotalIsNotChecked() {
        List<RowBuilder> rows = validSheet();
        rows.set(0, row("城镇新增就业人数", "2,100", "约2600", "3,130", "7,830"));

        StatisticsResult result = read(rows);

        assertThat(result.errors()).containsExactly(new StatisticsError(ReasonCode.INVALID_NUMBER,
                Indicator.NEW_URBAN_EMPLOYMENT, 3, "本季第2月", "D", "约2600"));
        assertThat(result.values().get(Indicator.NEW_URBAN_EMPLOYMENT).month2()).isNull();
        assertThat(result.values().get(Indicator.NEW_URBAN_EMPLOYMENT).complete()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' ''{1}''")
    @CsvSource({"1.5, INVALID_NUMBER", "-1, INVALID_NUMBER", "'', INVALID_NUMBER", "'12,345', "})
    void eachValueMustBeACount(String value, ReasonCode expected) {
        List<RowBuilder> rows = validSheet();
        rows.set(5, RowBuilder.of(StatisticsSheet.SHEET).text("指标", "职业技能培训人次")
                .text("本季第1月", value).number("本季第2月", 0).number("本季第3月", 0).text("季度合计", value));

        StatisticsResult result = read(rows);

        if (expected == null) {
            assertThat(result.errors()).isEmpty();
            assertThat(result.total(Indicator.TRAINING_PARTICIPANTS)).isEqualTo(12345L);
        } else {
            assertThat(result.errors()).extracting(StatisticsError::code, StatisticsError::column)
                    .containsExactly(tuple(expected, "本季第1月"), tuple(expected, "季度合计"));
        }
    }

    @Test
    void allErrorsAreListedInRowThenColumnOrderThenMissingIndicators() {
        List<RowBuilder> rows = validSheet();
        rows.set(0, row("城镇新增就业人数", "2100", "2600", "3130", "abc"));
        rows.set(3, row("提供就业岗位数", "4000", "4000", "4100", "1"));
        rows.remove(6);
        rows.remove(2);

        StatisticsResult result = read(rows);

        assertThat(result.errors()).extracting(StatisticsError::code, StatisticsError::indicator, StatisticsError::rowNumber)
                .containsExactly(
                        tuple(ReasonCode.INVALID_NUMBER, Indicator.NEW_URBAN_EMPLOYMENT, 3),
                        tuple(ReasonCode.STAT_TOTAL_MISMATCH, Indicator.JOB_POSTINGS, 5),
                        tuple(ReasonCode.MISSING_INDICATOR, Indicator.DIFFICULT_EMPLOYED, 0),
                        tuple(ReasonCode.MISSING_INDICATOR, Indicator.SERVICE_STATIONS, 0));
    }

    @Test
    void indicatorsAreMatchedAsHeadersAndUnknownOrRepeatedRowsAreIgnored() {
        List<RowBuilder> rows = validSheet();
        rows.set(0, row(" 城镇新增 就业人数（人）：", "2100", "2600", "3130", "7830"));
        rows.add(0, row("备注", "说明", "", "", ""));
        rows.add(row("其中：高校毕业生就业人数", "1", "2", "3", "99"));
        rows.add(row("城镇新增就业人数", "1", "1", "1", "99"));

        StatisticsResult result = read(rows);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values().get(Indicator.NEW_URBAN_EMPLOYMENT).rowNumber()).isEqualTo(4);
        assertThat(result.total(Indicator.NEW_URBAN_EMPLOYMENT)).isEqualTo(7830L);
    }

    @Test
    void numericCellsAreCountsToo() {
        List<RowBuilder> rows = validSheet();
        rows.set(2, RowBuilder.of(StatisticsSheet.SHEET).text("指标", "就业困难人员实现就业人数")
                .number("本季第1月", 100).number("本季第2月", 120).number("本季第3月", 130).number("季度合计", 350.00000000000006));

        StatisticsResult result = read(rows);

        assertThat(result.errors()).isEmpty();
        assertThat(result.total(Indicator.DIFFICULT_EMPLOYED)).isEqualTo(350L);
    }
}
