package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Quarter;

/** The ways a district writes a quarter on its cover and in titles (rules §3.1). */
final class QuarterText {

    private static final String[] CHINESE = {"一", "二", "三", "四"};

    private QuarterText() {
    }

    /** Form 0 {@code 2025Q1}, 1 {@code 2025-Q1}, 2 {@code 2025年第1季度}, 3 {@code 2025年第一季度}. */
    static String cover(Quarter q, int form) {
        return switch (form % 4) {
            case 0 -> q.toString();
            case 1 -> q.year() + "-Q" + q.number();
            case 2 -> q.year() + "年第" + q.number() + "季度";
            default -> chinese(q);
        };
    }

    static String chinese(Quarter q) {
        return q.year() + "年第" + CHINESE[q.number() - 1] + "季度";
    }
}
