package cn.qingdao.hrss.jiuye.domain;

/** 单位类型 of an employer (rules §3.3). */
public enum EmployerType {
    SMALL_MICRO("小微企业"),
    SOCIAL_ORGANISATION("社会组织"),
    OTHER("其他用人单位");

    private final String label;

    EmployerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
