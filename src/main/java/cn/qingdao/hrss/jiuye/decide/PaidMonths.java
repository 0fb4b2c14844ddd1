package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The months already paid to each person of one chunk under a social-insurance subsidy (rules §5.2,
 * §5.3), kept as sorted yyyyMM numbers: a few bytes a month rather than a set of month objects per
 * person, as three partitions decide a chunk of thousands of people each at once.
 */
public final class PaidMonths {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> months = new HashMap<>();

    /** Adds a month (yyyyMM) paid to {@code idNumber}. */
    void add(String idNumber, int month) {
        int[] paid = months.getOrDefault(idNumber, NONE);
        int at = Arrays.binarySearch(paid, month);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        int[] more = new int[paid.length + 1];
        System.arraycopy(paid, 0, more, 0, insert);
        more[insert] = month;
        System.arraycopy(paid, insert, more, insert + 1, paid.length - insert);
        months.put(idNumber, more);
    }

    void add(String idNumber, YearMonth month) {
        add(idNumber, Months.toInt(month));
    }

    /** The months paid to {@code idNumber}, for the rules. */
    Set<YearMonth> of(String idNumber) {
        int[] paid = months.getOrDefault(idNumber, NONE);
        YearMonth[] set = new YearMonth[paid.length];
        for (int i = 0; i < paid.length; i++) {
            set[i] = Months.fromInt(paid[i]);
        }
        return Set.of(set);
    }
}
