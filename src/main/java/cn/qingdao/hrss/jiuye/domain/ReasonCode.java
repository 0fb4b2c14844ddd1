package cn.qingdao.hrss.jiuye.domain;

/**
 * Every code the pipeline reports, with the plain Chinese message a district clerk reads in the
 * feedback workbook and an English one for operators (rules §5.4, §5.1–5.3, §7).
 */
public enum ReasonCode {
    // Field checks (rules §4, §5.4)
    MISSING_VALUE(Kind.FIELD, "必填项为空，请补充填写", "a required value is missing"),
    INVALID_ID_NUMBER(Kind.FIELD, "身份证号不正确（位数、出生日期或校验位有误），请核对", "not a valid ID number (GB 11643)"),
    ID_STORED_AS_NUMBER(Kind.FIELD, "身份证号以数值格式保存，末几位已丢失；请将该列设为文本格式后重新填写",
            "ID number stored as a number: its last digits are lost; format the column as text and re-enter it"),
    INVALID_CREDIT_CODE(Kind.FIELD, "统一社会信用代码不正确（位数、字符或校验位有误），请核对",
            "not a valid unified social credit code (GB 32100)"),
    INVALID_DATE(Kind.FIELD, "日期无法识别，请按“2025-03-05”格式填写", "not a date (write e.g. 2025-03-05)"),
    INVALID_MONTH(Kind.FIELD, "月份无法识别，请按“2025-03”格式填写", "not a month (write e.g. 2025-03)"),
    INVALID_AMOUNT(Kind.FIELD, "金额不正确（须为不小于0、最多两位小数的数字）", "not an amount (non-negative, at most two decimals)"),
    INVALID_CHOICE(Kind.FIELD, "填写内容不在可选范围内，请按模板选项填写", "not one of the allowed values"),

    // Eligibility (rules §5, §5.1–5.3)
    APPLICATION_OUTSIDE_QUARTER(Kind.ELIGIBILITY, "申请日期不在本季度内", "application date is outside the quarter"),
    GRADUATE_WINDOW_EXPIRED(Kind.ELIGIBILITY, "超出高校毕业生政策期限（离校2年内）", "outside the graduate window"),
    NOT_FIRST_BUSINESS(Kind.ELIGIBILITY, "非首次在青创业，不符合申领条件", "not the applicant's first business in Qingdao"),
    NOT_OPERATING(Kind.ELIGIBILITY, "经营主体未处于正常经营状态", "the business is not operating"),
    OPERATING_LESS_THAN_12_MONTHS(Kind.ELIGIBILITY, "自登记注册之日起正常经营未满规定期限", "the business has not operated long enough"),
    EMPLOYER_TYPE_NOT_ELIGIBLE(Kind.ELIGIBILITY, "吸纳高校毕业生的，仅限小微企业和社会组织申领", "employer type not eligible for graduates"),
    CONTRACT_TOO_SHORT(Kind.ELIGIBILITY, "劳动合同期限不足1年", "fixed-term contract shorter than the minimum"),
    NO_EMPLOYMENT_REGISTRATION(Kind.ELIGIBILITY, "未办理就业登记", "no employment registration"),
    NO_SOCIAL_INSURANCE(Kind.ELIGIBILITY, "未缴纳社会保险（月缴金额为0）", "no social insurance paid (monthly amount 0)"),
    INVALID_PERIOD(Kind.ELIGIBILITY, "补贴起始月晚于补贴终止月", "start month after end month"),

    // Months (rules §5.2, §5.3)
    MONTH_BEFORE_CONTRACT(Kind.MONTH, "该月早于劳动合同起始月", "month before the contract starts"),
    MONTH_AFTER_CONTRACT(Kind.MONTH, "该月晚于劳动合同终止月", "month after the contract ends"),
    MONTH_BEFORE_REGISTRATION(Kind.MONTH, "该月早于灵活就业登记月", "month before the flexible-employment registration"),
    MONTH_OUTSIDE_WINDOW(Kind.MONTH, "该月不在可申领期间内", "month outside the claim window"),
    MONTH_ALREADY_PAID(Kind.MONTH, "该月已享受过本项补贴", "month already paid"),
    PERIOD_CAP_REACHED(Kind.MONTH, "已达到本项补贴最长享受期限", "lifetime cap of months reached"),

    // Once-only and history (rules §5.1)
    ALREADY_SUBSIDISED(Kind.HISTORY, "该人员或经营主体已在以前季度享受过一次性创业补贴", "already subsidised in an earlier quarter"),
    DUPLICATE_APPLICATION(Kind.HISTORY, "本季度已有同一人员或同一经营主体的申请获批，不得重复申领", "duplicate of an approved application this quarter"),

    // Submissions (rules §7)
    UNREADABLE_FILE(Kind.SUBMISSION, "文件无法读取（已损坏或不是Excel工作簿），请重新导出后报送", "the file cannot be read as a workbook"),
    ENCRYPTED_FILE(Kind.SUBMISSION, "文件已加密，请取消密码后重新报送", "the workbook is password-protected"),
    MISSING_SHEET(Kind.SUBMISSION, "缺少工作表，请使用统一模板", "a required sheet is missing"),
    MISSING_COLUMN(Kind.SUBMISSION, "缺少必需的列，请使用统一模板", "a required column is missing"),
    UNKNOWN_DISTRICT(Kind.SUBMISSION, "区市代码不在区市名录中", "the district is not in the registry"),
    QUARTER_MISMATCH(Kind.SUBMISSION, "填报季度与本次处理的季度不符", "the workbook is for another quarter"),
    DUPLICATE_SUBMISSION(Kind.SUBMISSION, "同一区市报送了多个文件，均不予受理，请只保留一个文件", "two files for the same district: both refused"),

    // Statistics (rules §7)
    INVALID_NUMBER(Kind.STATISTICS, "统计数值不正确（须为非负整数）", "not a non-negative whole number"),
    STAT_TOTAL_MISMATCH(Kind.STATISTICS, "季度合计与各月数值不符", "the quarter total does not match the months"),
    MISSING_INDICATOR(Kind.STATISTICS, "缺少统计指标", "an indicator is missing");

    /** Where in the processing a code arises. */
    public enum Kind { FIELD, ELIGIBILITY, MONTH, HISTORY, SUBMISSION, STATISTICS }

    private final Kind kind;
    private final String messageZh;
    private final String messageEn;

    ReasonCode(Kind kind, String messageZh, String messageEn) {
        this.kind = kind;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public Kind kind() {
        return kind;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
