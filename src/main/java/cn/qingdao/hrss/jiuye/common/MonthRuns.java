package cn.qingdao.hrss.jiuye.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The claimed months of one decision as stored on its {@code decision} row (SPEC §5.2, §5.3): runs
 * of consecutive months, so that a decision is one row however many months it claims (issue 5; a
 * row per month made the decide step write about six rows per application row).
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

    private MonthRuns() {
    }

    /** Ascending distinct months as runs; null when there are none. */
    public static String kept(List<Integer> months) {
        if (months.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < months.size()) {
            int first = months.get(i);
            int last = first;
            while (i + 1 < months.size() && months.get(i + 1) == next(last)) {
                last = months.get(++i);
            }
            run(text, first, last);
            i++;
        }
        return text.toString();
    }

    /** Ascending months with their codes as runs of the same code; null when there are none. */
    public static String dropped(List<Dropped> months) {
        if (months.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < months.size()) {
            Dropped first = months.get(i);
            int last = first.month();
            while (i + 1 < months.size() && months.get(i + 1).month() == next(last)
                    && months.get(i + 1).code().equals(first.code())) {
                last = months.get(++i).month();
            }
            run(text, first.month(), last);
            text.append(':').append(first.code());
            i++;
        }
        return text.toString();
    }

    /** The months of {@link #kept}, ascending; empty for null. */
    public static List<Integer> keptMonths(String text) {
        List<Integer> months = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return months;
        }
        for (String run : text.split(",")) {
            expand(run, months);
        }
        return months;
    }

    /** The months of {@link #dropped}, ascending, each with its code; empty for null. */
    public static List<Dropped> droppedMonths(String text) {
        List<Dropped> months = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return months;
        }
        List<Integer> run = new ArrayList<>();
        for (String item : text.split(",")) {
            int colon = item.indexOf(':');
            String code = item.substring(colon + 1);
            run.clear();
            expand(item.substring(0, colon), run);
            for (int m : run) {
                months.add(new Dropped(m, code));
            }
        }
        return months;
    }

    /** The month after yyyyMM. */
    public static int next(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }

    private static void run(StringBuilder text, int first, int last) {
        if (!text.isEmpty()) {
            text.append(',');
        }
        text.append(first);
        if (last != first) {
            text.append('-').append(last);
        }
    }

    private static void expand(String run, List<Integer> into) {
        int dash = run.indexOf('-');
        int first = Integer.parseInt(run.substring(0, dash < 0 ? run.length() : dash));
        int last = dash < 0 ? first : Integer.parseInt(run.substring(dash + 1));
        for (int m = first; m <= last; m = next(m)) {
            into.add(m);
        }
    }
}
