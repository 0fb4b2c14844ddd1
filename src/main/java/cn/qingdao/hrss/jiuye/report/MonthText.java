package cn.qingdao.hrss.jiuye.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Months as people read them in the output workbooks (SPEC §8): {@code 202501} is
 * {@code 2025-01}; a run of consecutive months is {@code 2025-01～2025-03}; runs are joined by
 * {@code 、} when the months are not contiguous.
 */
final class MonthText {

    private MonthText() {
    }

    /** 202501 → 2025-01. */
    static String month(int yyyymm) {
        return String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
    }

    /** Ascending, distinct months (yyyyMM) as ranges; empty text for none. */
    static String ranges(List<Integer> months) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int start = months.get(i);
            int end = start;
            while (i + 1 < months.size() && months.get(i + 1) == nextMonth(end)) {
                end = months.get(++i);
            }
            parts.add(start == end ? month(start) : month(start) + "～" + month(end));
            i++;
        }
        return String.join("、", parts);
    }

    private static int nextMonth(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }
}
