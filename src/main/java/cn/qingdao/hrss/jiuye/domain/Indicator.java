package cn.qingdao.hrss.jiuye.domain;

/** The indicators of 就业统计, in the order of rules §3.5 (also the output order of rules §8). */
public enum Indicator {
    NEW_URBAN_EMPLOYMENT("new_urban_employment", "城镇新增就业人数", false),
    REEMPLOYMENT("reemployment", "失业人员再就业人数", false),
    DIFFICULT_EMPLOYED("difficult_employed", "就业困难人员实现就业人数", false),
    JOB_POSTINGS("job_postings", "提供就业岗位数", false),
    RECRUITMENT_EVENTS("recruitment_events", "举办招聘活动场次", false),
    TRAINING_PARTICIPANTS("training_participants", "职业技能培训人次", false),
    SERVICE_STATIONS("service_stations", "乐业服务站数量", true);

    private final String code;
    private final String label;
    private final boolean stock;

    Indicator(String code, String label, boolean stock) {
        this.code = code;
        this.label = label;
        this.stock = stock;
    }

    /** The code written in {@code statistics.csv}. */
    public String code() {
        return code;
    }

    /** The Chinese name, matched as a header in the 指标 column (rules §3.5). */
    public String label() {
        return label;
    }

    /** A stock's quarter total is its third month; a flow's is the sum of its months (rules §3.5). */
    public boolean stock() {
        return stock;
    }

    public static Indicator fromCode(String code) {
        for (Indicator i : values()) {
            if (i.code.equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown indicator " + code);
    }
}
