package cn.qingdao.hrss.jiuye.domain;

/** 主体类型 of a start-up (rules §3.2). */
public enum EntityType {
    SMALL_MICRO("小微企业"),
    INDIVIDUAL("个体工商户");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
