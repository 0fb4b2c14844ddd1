package cn.qingdao.hrss.jiuye.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * Everything the city summary shows, aggregated in the database for one run (rules §8): no row
 * of a person is held, only counts and sums per district, subsidy, indicator and reason code.
 */
record SummaryData(long runId, Quarter quarter, LocalDateTime startedAt, LocalDateTime publishedAt,
                   Map<String, Map<Indicator, StatLine>> statistics,
                   Map<String, Map<Subsidy, SubsidyTotals>> subsidies,
                   Map<String, long[]> applicationReasons,
                   List<RunSubmission> submissions) {

    /** One line of {@code statistic_result}; null fields are unknown. */
    record StatLine(Long value, Long lastYear, BigDecimal yoyPct, Long yearToDate) {
        static final StatLine UNKNOWN = new StatLine(null, null, null, null);
    }

    /** Decisions of one district and subsidy. */
    static final class SubsidyTotals {
        long approved;
        long partial;
        long rejected;
        BigDecimal amount = BigDecimal.ZERO;

        long applications() {
            return approved + partial + rejected;
        }

        void add(SubsidyTotals o) {
            approved += o.approved;
            partial += o.partial;
            rejected += o.rejected;
            amount = amount.add(o.amount);
        }
    }

    StatLine stat(String district, Indicator indicator) {
        return statistics.getOrDefault(district, Map.of()).getOrDefault(indicator, StatLine.UNKNOWN);
    }

    /** The totals of a district per subsidy; empty when it has no decisions. */
    Map<Subsidy, SubsidyTotals> subsidies(String district) {
        return subsidies.getOrDefault(district, Map.of());
    }

    /** The city's totals per subsidy: the sum over every district. */
    Map<Subsidy, SubsidyTotals> cityTotals() {
        Map<Subsidy, SubsidyTotals> city = new EnumMap<>(Subsidy.class);
        for (Subsidy s : Subsidy.values()) {
            city.put(s, new SubsidyTotals());
        }
        subsidies.values().forEach(m -> m.forEach((s, t) -> city.get(s).add(t)));
        return city;
    }
}
