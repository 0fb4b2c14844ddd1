package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a simulation changes against the published decisions: the counts and amounts of both per
 * district and subsidy, how often each reason code is given, and how many rows changed. Small whatever
 * the quarter's size: groups, not rows.
 */
public final class Comparison {

    private final Map<String, Map<Subsidy, Tally.Pair>> byDistrict = new TreeMap<>();
    private final Map<ReasonCode, long[]> reasons = new EnumMap<>(ReasonCode.class);
    private long rows;
    private long changedRows;

    void add(String district, Subsidy subsidy, ChangedRow.Side current, ChangedRow.Side simulated, boolean changed) {
        Tally.Pair pair = byDistrict.computeIfAbsent(district, d -> new EnumMap<>(Subsidy.class))
                .computeIfAbsent(subsidy, s -> new Tally.Pair());
        pair.current().add(current.outcome(), current.months(), current.amount());
        pair.simulated().add(simulated.outcome(), simulated.months(), simulated.amount());
        count(current.reasonCodes(), 0);
        count(simulated.reasonCodes(), 1);
        rows++;
        if (changed) {
            changedRows++;
        }
    }

    private void count(String codes, int side) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        for (String code : codes.split(";")) {
            reasons.computeIfAbsent(ReasonCode.valueOf(code), c -> new long[2])[side]++;
        }
    }

    /** The district codes with decisions, in code order. */
    public Iterable<String> districts() {
        return byDistrict.keySet();
    }

    /** A subsidy of a district (empty counts when it had no application). */
    public Tally.Pair of(String district, Subsidy subsidy) {
        Tally.Pair pair = byDistrict.getOrDefault(district, Map.of()).get(subsidy);
        return pair == null ? new Tally.Pair() : pair;
    }

    /** A district, all subsidies. */
    public Tally.Pair of(String district) {
        Tally.Pair sum = new Tally.Pair();
        for (Subsidy s : Subsidy.values()) {
            sum.add(of(district, s));
        }
        return sum;
    }

    /** A subsidy for the whole city. */
    public Tally.Pair city(Subsidy subsidy) {
        Tally.Pair sum = new Tally.Pair();
        for (String d : byDistrict.keySet()) {
            sum.add(of(d, subsidy));
        }
        return sum;
    }

    /** The whole city, all subsidies. */
    public Tally.Pair city() {
        Tally.Pair sum = new Tally.Pair();
        for (Subsidy s : Subsidy.values()) {
            sum.add(city(s));
        }
        return sum;
    }

    /** For each reason code given on either side: rows carrying it published [0] and simulated [1]. */
    public Map<ReasonCode, long[]> reasons() {
        return Collections.unmodifiableMap(reasons);
    }

    public long rows() {
        return rows;
    }

    public long changedRows() {
        return changedRows;
    }
}
