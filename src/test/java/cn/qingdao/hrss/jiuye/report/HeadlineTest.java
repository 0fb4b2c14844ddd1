package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The figures of rules §9 as the seed article prints them. */
class HeadlineTest {

    @Test
    void newUrbanEmploymentOfTheReferenceQuarterIs783Wan() {
        assertThat(Headline.inWan(78_300L)).isEqualByComparingTo("7.83");
        assertThat(Headline.inWan(30_500L)).isEqualByComparingTo("3.05");
        assertThat(Headline.inWan(78_350L)).isEqualByComparingTo("7.84");
        assertThat(Headline.inWan((Long) null)).isNull();
    }

    @Test
    void yearOnYearOfTheReferenceQuarterIs1234Percent() {
        assertThat(Headline.yoyText(new BigDecimal("12.34"))).isEqualTo("同比增长12.34%");
        assertThat(Headline.yoyText(new BigDecimal("-3.5"))).isEqualTo("同比下降3.50%");
        assertThat(Headline.yoyText(null)).isEmpty();
    }

    @Test
    void jobPostingsAreStatedAsMoreThanNWan() {
        assertThat(Headline.roundWan(120_500L, "个")).isEqualTo("超12万个");
        assertThat(Headline.roundWan(120_000L, "个")).isEqualTo("12万个");
        assertThat(Headline.roundWan(9_800L, "个")).isEqualTo("9800个");
    }

    @Test
    void amountsInWanYuan() {
        assertThat(Headline.inWan(new BigDecimal("23881.96"))).isEqualByComparingTo("2.39");
    }

    @Test
    void monthsAsRanges() {
        assertThat(MonthText.ranges(List.of(202501, 202502, 202503))).isEqualTo("2025-01～2025-03");
        assertThat(MonthText.ranges(List.of(202411, 202412, 202501, 202503))).isEqualTo("2024-11～2025-01、2025-03");
        assertThat(MonthText.ranges(List.of(202502))).isEqualTo("2025-02");
        assertThat(MonthText.ranges(List.of())).isEmpty();
    }
}
