package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthTextTest {

    @Test
    void aMonthIsYearDashTwoDigitMonth() {
        assertThat(MonthText.month(202501)).isEqualTo("2025-01");
        assertThat(MonthText.month(202412)).isEqualTo("2024-12");
        assertThat(MonthText.month(99901)).isEqualTo("0999-01");
    }

    @Test
    void consecutiveMonthsAreOneRange() {
        assertThat(MonthText.ranges(List.of(202411, 202412, 202501, 202503))).isEqualTo("2024-11～2025-01、2025-03");
    }
}
