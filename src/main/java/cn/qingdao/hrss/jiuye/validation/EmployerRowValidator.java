package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 吸纳就业社保补贴 rows (rules §3.3): every column required except 劳动合同终止日期 (blank or
 * 无固定期限 = open-ended), 毕业日期 only for 高校毕业生; 单位类型 ∈ {小微企业, 社会组织, 其他用人单位},
 * 人员类别 ∈ {就业困难人员, 高校毕业生}. Field checks only (rules §5.4).
 */
public final class EmployerRowValidator implements RowValidator<EmployerApplication> {

    public static final SheetSpec SHEET = new SheetSpec(Subsidy.EMPLOYER.sheetName(), List.of(
            "单位名称", "统一社会信用代码", "单位类型", "职工姓名", "身份证号", "人员类别", "毕业日期",
            "劳动合同起始日期", "劳动合同终止日期", "是否办理就业登记", "补贴起始月", "补贴终止月",
            "单位月缴社保金额", "申请日期"));

    private static final int EMPLOYER_NAME = 0;
    private static final int CREDIT_CODE = 1;
    private static final int EMPLOYER_TYPE = 2;
    private static final int NAME = 3;
    private static final int ID_NUMBER = 4;
    private static final int CATEGORY = 5;
    private static final int GRADUATION_DATE = 6;
    private static final int CONTRACT_START = 7;
    private static final int CONTRACT_END = 8;
    private static final int REGISTERED = 9;
    private static final int START_MONTH = 10;
    private static final int END_MONTH = 11;
    private static final int MONTHLY_AMOUNT = 12;
    private static final int APPLICATION_DATE = 13;

    /** Social-insurance subsidies accept these two categories only (rules §3.3, §3.4). */
    static final Choices<PersonCategory> CATEGORIES = Choices.of(
            List.of(PersonCategory.DIFFICULT, PersonCategory.GRADUATE), PersonCategory::label);
    static final Choices<EmployerType> EMPLOYER_TYPES = Choices.of(List.of(EmployerType.values()), EmployerType::label);

    @Override
    public SheetSpec sheet() {
        return SHEET;
    }

    @Override
    public Map<String, Set<String>> choices() {
        return Map.of("单位类型", EMPLOYER_TYPES.labels(), "人员类别", CATEGORIES.labels(),
                "是否办理就业登记", Values.YES_NO_LABELS);
    }

    @Override
    public Subsidy subsidy() {
        return Subsidy.EMPLOYER;
    }

    @Override
    public ValidatedRow<EmployerApplication> read(DataRow row, Quarter quarter) {
        RowFields f = new RowFields(SHEET, row);
        String employerName = f.text(EMPLOYER_NAME);
        String creditCode = f.creditCode(CREDIT_CODE);
        EmployerType employerType = f.choice(EMPLOYER_TYPE, EMPLOYER_TYPES);
        String name = f.text(NAME);
        String id = f.idNumber(ID_NUMBER, quarter);
        PersonCategory category = f.choice(CATEGORY, CATEGORIES);
        LocalDate graduation = f.graduationDate(GRADUATION_DATE, category);
        var application = new EmployerApplication(
                employerName,
                creditCode,
                employerType,
                name,
                id,
                category,
                graduation,
                f.date(CONTRACT_START),
                f.contractEnd(CONTRACT_END),
                f.yesNo(REGISTERED),
                f.month(START_MONTH),
                f.month(END_MONTH),
                f.amount(MONTHLY_AMOUNT),
                f.date(APPLICATION_DATE));
        return new ValidatedRow<>(row.rowNumber(), application, f.errors());
    }
}
