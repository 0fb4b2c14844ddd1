package cn.qingdao.hrss.jiuye.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.MonthRuns.Dropped;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthRunsTest {

    @Test
    void keptMonthsAreWrittenAsRunsOfConsecutiveMonthsAcrossAYearEnd() {
        List<Integer> months = List.of(202411, 202412, 202501, 202503, 202505, 202506);

        assertThat(MonthRuns.kept(months)).isEqualTo("202411-202501,202503,202505-202506");
        assertThat(MonthRuns.keptMonths("202411-202501,202503,202505-202506")).isEqualTo(months);
    }

    @Test
    void noMonthsIsNull() {
        assertThat(MonthRuns.kept(List.of())).isNull();
        assertThat(MonthRuns.dropped(List.of())).isNull();
        assertThat(MonthRuns.keptMonths(null)).isEmpty();
        assertThat(MonthRuns.droppedMonths(null)).isEmpty();
    }

    @Test
    void droppedMonthsAreRunsOfTheSameCode() {
        List<Dropped> months = List.of(new Dropped(202411, "MONTH_BEFORE_CONTRACT"),
                new Dropped(202412, "MONTH_BEFORE_CONTRACT"), new Dropped(202501, "MONTH_ALREADY_PAID"),
                new Dropped(202503, "MONTH_ALREADY_PAID"), new Dropped(202504, "PERIOD_CAP_REACHED"));

        String text = MonthRuns.dropped(months);

        assertThat(text).isEqualTo("202411-202412:MONTH_BEFORE_CONTRACT,202501:MONTH_ALREADY_PAID,"
                + "202503:MONTH_ALREADY_PAID,202504:PERIOD_CAP_REACHED");
        assertThat(MonthRuns.droppedMonths(text)).isEqualTo(months);
    }

    @Test
    void singleMonthsAsTheMigrationWroteThemReadTheSame() {
        assertThat(MonthRuns.keptMonths("202412,202501,202502")).containsExactly(202412, 202501, 202502);
        assertThat(MonthRuns.droppedMonths("202412:MONTH_BEFORE_CONTRACT,202501:MONTH_BEFORE_CONTRACT"))
                .containsExactly(new Dropped(202412, "MONTH_BEFORE_CONTRACT"), new Dropped(202501, "MONTH_BEFORE_CONTRACT"));
    }

    @Test
    void parsedRunsJoinAdjacentMonthsOfTheSameCode() {
        assertThat(MonthRuns.parse("202412,202501,202503")).containsExactly(
                new MonthRuns.Run(202412, 202501, null), new MonthRuns.Run(202503, 202503, null));
        assertThat(MonthRuns.parse("202411:MONTH_BEFORE_CONTRACT,202412-202501:MONTH_BEFORE_CONTRACT,202502:MONTH_ALREADY_PAID"))
                .containsExactly(new MonthRuns.Run(202411, 202501, "MONTH_BEFORE_CONTRACT"),
                        new MonthRuns.Run(202502, 202502, "MONTH_ALREADY_PAID"));
    }
}
