package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.common.MonthRuns;
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
    static String month(int yyyymm) { // as String.format("%04d-%02d"), which cost a Formatter per month
        String year = Integer.toString(yyyymm / 100);
        int month = yyyymm % 100;
        return "0000".substring(Math.min(4, year.length())) + year + (month < 10 ? "-0" : "-") + month;
    }

    /** Ascending, distinct months (yyyyMM) as ranges; empty text for none. */
    static String ranges(List<Integer> months) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int start = months.get(i);
            int end = start;
            while (i + 1 < months.size() && months.get(i + 1) == MonthRuns.next(end)) {
                end = months.get(++i);
            }
            parts.add(start == end ? month(start) : month(start) + "～" + month(end));
            i++;
        }
        return String.join("、", parts);
    }
}
