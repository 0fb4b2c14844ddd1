package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How one district's office writes its workbook (rules §3, §4): file format, layout of each sheet,
 * the forms of its values, the way it writes the quarter and its statistics. Fixed per district
 * (seeded), so both sample quarters of a district look alike.
 */
final class DistrictStyle {

    /** The three districts whose office suite still saves legacy .xls (HSSF). */
    private static final Set<String> LEGACY = Set.of("370213", "370283", "370285");

    /** Districts that merge the employer cells of consecutive workers of the same employer. */
    private static final Set<String> MERGING = Set.of("370214", "370283");

    private static final Map<String, String> NOTES = Map.of(
            Columns.ID, "身份证号（必填）",
            Columns.NAME, "姓　名",
            Columns.WORKER_NAME, "职工 姓名",
            Columns.CREDIT_CODE, "统一社会信用代码(18位)",
            Columns.APPLIED, "申请日期【必填】",
            Columns.FROM_MONTH, "补贴起始月（格式：2024-03）",
            Columns.EMPLOYER_AMOUNT, "单位月缴社保金额（元）",
            Columns.FLEX_AMOUNT, "月实缴社保金额(元)",
            Columns.CONTRACT_END, "劳动合同终止日期（无固定期限的填“无固定期限”）",
            Columns.GRADUATED, "毕业日期（高校毕业生必填）");

    final boolean legacy;
    final int quarterForm;
    final boolean statisticsFormulas;
    final boolean statisticsText;
    final boolean statisticsTitle;
    final ValueFormats.DateForm dateForm;
    final ValueFormats.MonthForm monthForm;
    final ValueFormats.AmountForm amountForm;
    final int otherFormPercent;
    private final Map<Subsidy, TableLayout> layouts = new HashMap<>();

    DistrictStyle(District district, long seed) {
        Random rnd = new Random(seed * 1_000_003L + district.index());
        int i = district.index();
        legacy = LEGACY.contains(district.code());
        quarterForm = i % 4;
        statisticsFormulas = i % 3 != 1;
        statisticsText = i % 4 == 2;
        statisticsTitle = i % 2 == 0;
        ValueFormats.DateForm[] dates = ValueFormats.DateForm.values();
        ValueFormats.MonthForm[] months = ValueFormats.MonthForm.values();
        ValueFormats.AmountForm[] amounts = ValueFormats.AmountForm.values();
        dateForm = dates[(i * 3) % dates.length];
        monthForm = months[(i * 5 + 1) % months.length];
        amountForm = amounts[i % amounts.length];
        otherFormPercent = 5 + rnd.nextInt(20);
        boolean notes = i % 3 != 2;
        boolean remark = i % 2 == 1;
        for (Subsidy s : Subsidy.values()) {
            List<String> columns = new ArrayList<>(Columns.of(s));
            if (remark) {
                columns.add(Columns.REMARK);
            }
            if ((i + s.ordinal()) % 3 == 0) {
                List<String> tail = new ArrayList<>(columns.subList(1, columns.size()));
                Collections.shuffle(tail, rnd);
                columns = new ArrayList<>(List.of(Columns.SEQ));
                columns.addAll(tail);
            }
            Map<String, String> headers = new HashMap<>();
            if (notes) {
                for (String c : columns) {
                    if (NOTES.containsKey(c) && rnd.nextInt(100) < 70) {
                        headers.put(c, NOTES.get(c));
                    }
                }
            }
            boolean totals = (i + s.ordinal()) % 2 == 0;
            List<String> merged = s == Subsidy.EMPLOYER && MERGING.contains(district.code())
                    ? List.of(Columns.EMPLOYER_NAME, Columns.CREDIT_CODE, Columns.EMPLOYER_TYPE) : List.of();
            layouts.put(s, new TableLayout(List.copyOf(columns), Map.copyOf(headers), i % 5 == 3,
                    (i + s.ordinal()) % 4 == 1, totals && i % 3 == 0 ? 3 + rnd.nextInt(8) : 0, totals, i % 4 == 3,
                    merged));
        }
    }

    TableLayout layout(Subsidy subsidy) {
        return layouts.get(subsidy);
    }

    ValueFormats formats(Random rnd) {
        return new ValueFormats(rnd, dateForm, monthForm, amountForm, otherFormPercent);
    }

    String extension() {
        return legacy ? "xls" : "xlsx";
    }
}
