package cn.qingdao.hrss.jiuye.check;

import java.util.List;

/**
 * The rules a pre-check cannot apply in full: those that need the city's records of earlier quarters
 * or the files of the other districts (rules §5 step 4, §5.1–5.3, §7). Within the file checked they do
 * apply (an earlier row of the same file counts, as in a run); across quarters and districts only the
 * city's run knows.
 */
enum NotChecked {

    MONTHS_PAID(List.of("MONTH_ALREADY_PAID"), "以前季度或其他区市已发放过的月份",
            "months already paid in earlier quarters or to rows of other districts"),
    ONCE_ONLY(List.of("ALREADY_SUBSIDISED", "DUPLICATE_APPLICATION"), "以前季度或其他区市已享受过一次性创业补贴的人员和经营主体",
            "once-only start-up grants of earlier quarters and other districts"),
    CAPS(List.of("PERIOD_CAP_REACHED"), "跨季度、跨区市累计的最长享受月数",
            "the lifetime caps on months, counted across quarters and districts"),
    SECOND_FILE(List.of("DUPLICATE_SUBMISSION"), "本区市本季度是否另报了文件", "whether the district sent a second file this quarter");

    /** The one line said after the list. */
    static final String WITHIN_FILE_ZH = "同一文件内的重复申请、重复月份和累计月数已按正式处理的规则检查。";
    static final String WITHIN_FILE_EN = "Within this file, duplicates, repeated months and caps are checked as a run checks them.";

    private final List<String> codes;
    private final String zh;
    private final String en;

    NotChecked(List<String> codes, String zh, String en) {
        this.codes = codes;
        this.zh = zh;
        this.en = en;
    }

    List<String> codes() {
        return codes;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }
}
