package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * What a column of the district template holds, and so how its cells are formatted and what Excel
 * checks as they are typed ({@link Validations}). The check is never wider than what the run
 * accepts (rules §4): a value Excel lets through may still be refused by the run, but a value Excel
 * refuses would have been refused by the run too, or is one the rules allow only in a form the
 * template asks for differently (a date typed as 20250305 instead of 2025-03-05).
 */
enum ColumnKind {

    /** 序号: never read by the run (rules §3). */
    SEQUENCE("General", null),
    /** Plain text (names): text format, so that a name of digits stays as typed. */
    TEXT("@", null),
    /** 身份证号: text format, or Excel keeps 15 digits of 18 (ID_STORED_AS_NUMBER); 18 characters. */
    ID_NUMBER("@", ReasonCode.INVALID_ID_NUMBER),
    /** 统一社会信用代码: text format, 18 characters. */
    CREDIT_CODE("@", ReasonCode.INVALID_CREDIT_CODE),
    /** One of a list (人员类别, 主体类型, 单位类型, 是/否): a drop-down of the labels the run reads. */
    CHOICE("@", ReasonCode.INVALID_CHOICE),
    /** A date: a date cell shown as 2025-03-05, between 1900 and 2099. */
    DATE("yyyy-mm-dd", ReasonCode.INVALID_DATE),
    /** 申请日期: a date inside the quarter (rules §5); outside it Excel warns, and the run refuses the row. */
    APPLICATION_DATE("yyyy-mm-dd", ReasonCode.APPLICATION_OUTSIDE_QUARTER),
    /** 劳动合同终止日期: a date, or blank / 无固定期限 for an open-ended contract (rules §3.3): not checked by Excel. */
    CONTRACT_END("yyyy-mm-dd", null),
    /**
     * A month: text format, so that 2025-03 stays the text the run reads as March 2025 instead of a
     * number such as 2025.3, which the run cannot tell from October (INVALID_MONTH); 6 to 10 characters
     * (202503 … 2025-03-05).
     */
    MONTH("@", ReasonCode.INVALID_MONTH),
    /** An amount in yuan: a number shown with two decimals, from 0 to the largest amount the run reads. */
    AMOUNT("#,##0.00", ReasonCode.INVALID_AMOUNT),
    /** A statistics count: a whole number from 0 to the largest count the run reads. */
    COUNT("#,##0", ReasonCode.INVALID_NUMBER),
    /** 季度合计: a formula over the months (see {@link StatisticsPage}). */
    TOTAL("#,##0", null),
    /** A label written by the template (an indicator's name): not to be changed. */
    LABEL("@", null);

    private final String format;
    private final ReasonCode refusal;

    ColumnKind(String format, ReasonCode refusal) {
        this.format = format;
        this.refusal = refusal;
    }

    /** The cell format of the column, as Excel writes it. */
    String format() {
        return format;
    }

    /** The code the run gives a wrong value of this kind; its Chinese message is Excel's error message. */
    ReasonCode refusal() {
        return refusal;
    }
}
