package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.util.List;

/** Column names of the template sheets, in template order (rules §3.2–3.5). */
final class Columns {

    static final String SEQ = "序号";
    static final String NAME = "姓名";
    static final String ID = "身份证号";
    static final String CATEGORY = "人员类别";
    static final String GRADUATED = "毕业日期";
    static final String ENTITY_TYPE = "主体类型";
    static final String ENTITY_NAME = "主体名称";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String REGISTERED = "登记注册日期";
    static final String FIRST_BUSINESS = "是否首次在青创业";
    static final String OPERATING = "是否正常经营";
    static final String APPLIED = "申请日期";
    static final String EMPLOYER_NAME = "单位名称";
    static final String EMPLOYER_TYPE = "单位类型";
    static final String WORKER_NAME = "职工姓名";
    static final String CONTRACT_START = "劳动合同起始日期";
    static final String CONTRACT_END = "劳动合同终止日期";
    static final String EMPLOYMENT_REGISTERED = "是否办理就业登记";
    static final String FROM_MONTH = "补贴起始月";
    static final String TO_MONTH = "补贴终止月";
    static final String EMPLOYER_AMOUNT = "单位月缴社保金额";
    static final String FLEX_REGISTERED = "灵活就业登记日期";
    static final String FLEX_AMOUNT = "月实缴社保金额";
    static final String REMARK = "备注";

    static final List<String> STARTUP = List.of(SEQ, NAME, ID, CATEGORY, GRADUATED, ENTITY_TYPE, ENTITY_NAME,
            CREDIT_CODE, REGISTERED, FIRST_BUSINESS, OPERATING, APPLIED);
    static final List<String> EMPLOYER = List.of(SEQ, EMPLOYER_NAME, CREDIT_CODE, EMPLOYER_TYPE, WORKER_NAME, ID,
            CATEGORY, GRADUATED, CONTRACT_START, CONTRACT_END, EMPLOYMENT_REGISTERED, FROM_MONTH, TO_MONTH,
            EMPLOYER_AMOUNT, APPLIED);
    static final List<String> FLEXIBLE = List.of(SEQ, NAME, ID, CATEGORY, GRADUATED, FLEX_REGISTERED, FROM_MONTH,
            TO_MONTH, FLEX_AMOUNT, APPLIED);

    static final String INDICATOR = "指标";
    static final List<String> STATISTICS = List.of(INDICATOR, "本季第1月", "本季第2月", "本季第3月", "季度合计");

    private Columns() {
    }

    static List<String> of(Subsidy subsidy) {
        return switch (subsidy) {
            case STARTUP -> STARTUP;
            case EMPLOYER -> EMPLOYER;
            case FLEXIBLE -> FLEXIBLE;
        };
    }

    /** The column holding the amount a totals row sums, or null. */
    static String amountColumn(Subsidy subsidy) {
        return switch (subsidy) {
            case STARTUP -> null;
            case EMPLOYER -> EMPLOYER_AMOUNT;
            case FLEXIBLE -> FLEX_AMOUNT;
        };
    }
}
