package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * Months as people read them in the output workbooks (rules §8): {@code 202501} is
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
        return runs(MonthRuns.runs(months));
    }

    /** Runs of months (as {@link MonthRuns#parse} reads them from a decision row) as ranges; empty text for none. */
    static String runs(List<MonthRuns.Run> runs) {
        List<String> parts = new ArrayList<>(runs.size());
        for (MonthRuns.Run run : runs) {
            parts.add(run.first() == run.last() ? month(run.first()) : month(run.first()) + "～" + month(run.last()));
        }
        return String.join("、", parts);
    }
}
