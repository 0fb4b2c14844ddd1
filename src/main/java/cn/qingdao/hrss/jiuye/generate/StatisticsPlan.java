package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The employment statistics of the sample quarters and of the 2024 baseline (rules §3.5, §7, §9):
 * fixed city totals split over the districts (黄岛区 largest) so that the districts sum exactly to
 * the city, and each district's quarter split over its three months.
 */
final class StatisticsPlan {

    /** City totals per quarter, in the indicator order of rules §3.5. 2025Q1 reproduces rules §9. */
    private static final Map<Quarter, long[]> CITY = new LinkedHashMap<>();

    static {
        CITY.put(Quarter.parse("2024Q1"), new long[] {69_700, 27_600, 5_480, 108_900, 702, 36_800, 214});
        CITY.put(Quarter.parse("2024Q2"), new long[] {76_200, 29_900, 5_910, 117_400, 786, 40_100, 221});
        CITY.put(Quarter.parse("2024Q3"), new long[] {74_800, 28_700, 5_630, 112_300, 741, 38_600, 226});
        CITY.put(Quarter.parse("2024Q4"), new long[] {68_900, 26_200, 5_210, 101_700, 655, 35_200, 229});
        CITY.put(Quarter.parse("2025Q1"), new long[] {78_300, 30_500, 6_120, 121_386, 812, 41_250, 236});
        CITY.put(Quarter.parse("2025Q2"), new long[] {84_600, 32_800, 6_480, 128_740, 865, 44_300, 241});
    }

    /** Relative size of the districts, in registry order (370202 … 370285). */
    private static final double[] WEIGHTS = {0.085, 0.105, 0.205, 0.07, 0.075, 0.12, 0.11, 0.10, 0.07, 0.06};

    /** Share of each month in a quarter's flow (January–February carry the Spring Festival). */
    private static final double[][] MONTH_SHARES = {{0.36, 0.24, 0.40}, {0.31, 0.33, 0.36}, {0.34, 0.33, 0.33},
            {0.35, 0.34, 0.31}};

    private final long seed;

    StatisticsPlan(long seed) {
        this.seed = seed;
    }

    static List<Quarter> quarters() {
        return new ArrayList<>(CITY.keySet());
    }

    static long city(Quarter q, Indicator indicator) {
        return cityTotals(q)[indicator.ordinal()];
    }

    private static long[] cityTotals(Quarter q) {
        long[] totals = CITY.get(q);
        if (totals == null) {
            throw new IllegalArgumentException("no sample statistics for " + q);
        }
        return totals;
    }

    /** The quarter totals of every district (registry order) for one indicator; they sum to the city's. */
    long[] districtTotals(Quarter q, Indicator indicator, int districts) {
        Random rnd = new Random(seed + q.year() * 10L + q.number() + indicator.ordinal() * 1000L);
        double[] w = new double[districts];
        double sum = 0;
        for (int i = 0; i < districts; i++) {
            w[i] = WEIGHTS[i % WEIGHTS.length] * (0.93 + 0.14 * rnd.nextDouble());
            sum += w[i];
        }
        for (int i = 0; i < districts; i++) {
            w[i] /= sum;
        }
        return apportion(city(q, indicator), w);
    }

    /** The three monthly values of a district's quarter total: a flow sums to it, a stock ends on it. */
    long[] months(Quarter q, Indicator indicator, int districtIndex, long total) {
        if (indicator.stock()) {
            Random rnd = new Random(seed + districtIndex * 7L + q.number());
            long third = total;
            long second = Math.max(0, third - rnd.nextInt(3));
            long first = Math.max(0, second - rnd.nextInt(2));
            return new long[] {first, second, third};
        }
        return apportion(total, MONTH_SHARES[q.number() - 1]);
    }

    /** Largest-remainder apportionment: whole numbers in the given shares that sum exactly to {@code total}. */
    static long[] apportion(long total, double[] shares) {
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * shares[i];
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[shares.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % shares.length) {
            parts[order[k]]++;
            given++;
        }
        return parts;
    }
}
