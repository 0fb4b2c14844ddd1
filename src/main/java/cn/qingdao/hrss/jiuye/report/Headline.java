package cn.qingdao.hrss.jiuye.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures as a publication states them (rules §8 summary, §9; the seed article: "城镇新增就业7.83万人，
 * 同比增长12.34% … 提供各类岗位需求超12万个"): counts in 万 (ten thousands) to two decimals,
 * half-up; a "more than N万" form for round statements.
 */
public final class Headline {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Headline() {
    }

    /** 78,300 → 7.83 (万); null when unknown. */
    public static BigDecimal inWan(Long count) {
        return count == null ? null : BigDecimal.valueOf(count).divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /** An amount of yuan in 万元, two decimals, half-up: 1,234,567.89 → 123.46. */
    public static BigDecimal inWan(BigDecimal amount) {
        return amount == null ? null : amount.divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /**
     * The round statement of a count in 万: 120,500 → 超12万个, 120,000 → 12万个; below 10,000
     * the exact number (9,800 → 9800个). {@code unit} is the measure word (个, 人).
     */
    public static String roundWan(Long count, String unit) {
        if (count == null) {
            return "";
        }
        if (count < 10_000) {
            return count + unit;
        }
        long wan = count / 10_000;
        return (count % 10_000 == 0 ? "" : "超") + wan + "万" + unit;
    }

    /** A year-on-year change as the article words it: 12.34 → 同比增长12.34%, -3.50 → 同比下降3.50%. */
    public static String yoyText(BigDecimal pct) {
        if (pct == null) {
            return "";
        }
        BigDecimal p = pct.setScale(2, RoundingMode.HALF_UP);
        return p.signum() < 0 ? "同比下降" + p.negate().toPlainString() + "%" : "同比增长" + p.toPlainString() + "%";
    }
}
