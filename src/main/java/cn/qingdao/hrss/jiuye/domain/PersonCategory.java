package cn.qingdao.hrss.jiuye.domain;

/** 人员类别 (rules §3.2–3.4). Which categories a sheet accepts is the sheet's own rule. */
public enum PersonCategory {
    GRADUATE("高校毕业生"),
    DIFFICULT("就业困难人员"),
    MIGRANT_RETURNEE("返乡入乡农民工");

    private final String label;

    PersonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
