package cn.qingdao.hrss.jiuye.domain;

/** The three subsidies of rules §3.2–3.4, in the output order of rules §8. */
public enum Subsidy {
    STARTUP("startup", "一次性创业补贴"),
    EMPLOYER("employer", "吸纳就业社保补贴"),
    FLEXIBLE("flexible", "灵活就业社保补贴");

    private final String code;
    private final String sheetName;

    Subsidy(String code, String sheetName) {
        this.code = code;
        this.sheetName = sheetName;
    }

    /** The code written in {@code decisions.csv}: startup, employer, flexible. */
    public String code() {
        return code;
    }

    /** The Chinese name, which is also the name of its sheet in the submission workbook. */
    public String sheetName() {
        return sheetName;
    }

    public static Subsidy fromCode(String code) {
        for (Subsidy s : values()) {
            if (s.code.equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown subsidy '" + code + "' (startup, employer or flexible)");
    }
}
