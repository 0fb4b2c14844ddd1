package cn.qingdao.hrss.jiuye.report;

import java.util.Comparator;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/** Reason codes as the output workbooks show them: Chinese message and category (rules §5.4, §7). */
final class Reasons {

    /** Orders codes as {@link ReasonCode} declares them; unknown codes last, alphabetically. */
    static final Comparator<String> ORDER = Comparator.comparingInt(Reasons::ordinal)
            .thenComparing(Comparator.naturalOrder());

    private Reasons() {
    }

    static ReasonCode find(String code) {
        for (ReasonCode c : ReasonCode.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }

    /** The Chinese message of a code; for a code this build does not know, {@code fallback} or the code. */
    static String messageZh(String code, String fallback) {
        ReasonCode c = find(code);
        if (c != null) {
            return c.messageZh();
        }
        return fallback == null || fallback.isBlank() ? code : fallback;
    }

    static ReasonCode.Kind kind(String code) {
        ReasonCode c = find(code);
        return c == null ? null : c.kind();
    }

    /** 填报错误, 不符合条件, 月份核减, 重复享受, 文件退回, 统计数据退回. */
    static String kindZh(String code) {
        ReasonCode.Kind kind = kind(code);
        if (kind == null) {
            return "其他";
        }
        return switch (kind) {
            case FIELD -> "填报错误";
            case ELIGIBILITY -> "不符合条件";
            case MONTH -> "月份核减";
            case HISTORY -> "重复享受";
            case SUBMISSION -> "文件退回";
            case STATISTICS -> "统计数据退回";
        };
    }

    private static int ordinal(String code) {
        ReasonCode c = find(code);
        return c == null ? Integer.MAX_VALUE : c.ordinal();
    }
}
