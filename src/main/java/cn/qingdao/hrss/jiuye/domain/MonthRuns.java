package cn.qingdao.hrss.jiuye.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The claimed months of one decision as stored on its {@code decision} row (rules §5.2, §5.3): runs
 * of consecutive months, so that a decision is one row however many months it claims (a row per
 * month made the decide step write about six rows per application row).
 *
 * <ul>
 *   <li>kept months, {@code decision.kept_months}: {@code 202501-202503,202505} — the months paid,
 *       which "already paid" and the caps count;</li>
 *   <li>dropped months, {@code decision.dropped_months}: {@code 202412:MONTH_BEFORE_CONTRACT,202501-202503:MONTH_ALREADY_PAID}
 *       — each run of consecutive months dropped by the same rule, with the rule's code.</li>
 * </ul>
 * Months are yyyyMM integers ({@link Months}); a run is written {@code first-last}, a single month
 * alone; runs are ascending and separated by commas. Reading also accepts single months only
 * (what the V6 migration wrote for decisions made before this format).
 */
public final class MonthRuns {

    /** A dropped month and the code of the rule that dropped it. */
    public record Dropped(int month, String code) {
    }

    /** Consecutive months {@code first} to {@code last} (yyyyMM); {@code code} is null for kept months. */
    public record Run(int first, int last, String code) {
    }

    private MonthRuns() {
    }

    /** Ascending distinct months as runs; null when there are none. */
    public static String kept(List<Integer> months) {
        return text(runs(months));
    }

    /** Ascending months with their codes as runs of the same code; null when there are none. */
    public static String dropped(List<Dropped> months) {
        return text(runsOf(months, Dropped::month, Dropped::code));
    }

    /** Ascending distinct months as runs of consecutive months. */
    public static List<Run> runs(List<Integer> months) {
        return runsOf(months, m -> m, m -> null);
    }

    /**
     * The runs of {@link #kept} or {@link #dropped} text, ascending; adjacent runs of the same code
     * are joined, so that single months (as the V6 migration wrote them) read as the runs they form.
     * Empty for null.
     */
    public static List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        for (String item : text.split(",")) {
            int colon = item.indexOf(':');
            String range = colon < 0 ? item : item.substring(0, colon);
            String code = colon < 0 ? null : item.substring(colon + 1);
            int dash = range.indexOf('-');
            int first = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
            int last = dash < 0 ? first : Integer.parseInt(range.substring(dash + 1));
            append(runs, first, last, code);
        }
        return runs;
    }

    /** The months of {@link #kept}, ascending; empty for null. */
    public static List<Integer> keptMonths(String text) {
        List<Integer> months = new ArrayList<>();
        for (Run run : parse(text)) {
            for (int m = run.first(); m <= run.last(); m = next(m)) {
                months.add(m);
            }
        }
        return months;
    }

    /** The months of {@link #dropped}, ascending, each with its code; empty for null. */
    public static List<Dropped> droppedMonths(String text) {
        List<Dropped> months = new ArrayList<>();
        for (Run run : parse(text)) {
            for (int m = run.first(); m <= run.last(); m = next(m)) {
                months.add(new Dropped(m, run.code()));
            }
        }
        return months;
    }

    /** The month after yyyyMM. */
    public static int next(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }

    /** Ascending items as runs of consecutive months with the same code. */
    private static <T> List<Run> runsOf(List<T> items, ToIntFunction<T> monthOf, Function<T, String> codeOf) {
        List<Run> runs = new ArrayList<>();
        for (T item : items) {
            int month = monthOf.applyAsInt(item);
            append(runs, month, month, codeOf.apply(item));
        }
        return runs;
    }

    /** Adds months {@code first} to {@code last}, joined to the last run when they continue it with the same code. */
    private static void append(List<Run> runs, int first, int last, String code) {
        Run previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (previous != null && first == next(previous.last()) && Objects.equals(code, previous.code())) {
            runs.set(runs.size() - 1, new Run(previous.first(), last, code));
        } else {
            runs.add(new Run(first, last, code));
        }
    }

    private static String text(List<Run> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(run.first());
            if (run.last() != run.first()) {
                text.append('-').append(run.last());
            }
            if (run.code() != null) {
                text.append(':').append(run.code());
            }
        }
        return text.toString();
    }
}
