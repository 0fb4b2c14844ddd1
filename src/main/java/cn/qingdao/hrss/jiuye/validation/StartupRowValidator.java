package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 一次性创业补贴 rows (rules §3.2): every column required, 毕业日期 only for 高校毕业生;
 * 人员类别 ∈ {高校毕业生, 就业困难人员, 返乡入乡农民工}, 主体类型 ∈ {小微企业, 个体工商户}.
 * Field checks only (rules §5.4); eligibility is decided elsewhere.
 */
public final class StartupRowValidator implements RowValidator<StartupApplication> {

    public static final SheetSpec SHEET = new SheetSpec(Subsidy.STARTUP.sheetName(), List.of(
            "姓名", "身份证号", "人员类别", "毕业日期", "主体类型", "主体名称", "统一社会信用代码",
            "登记注册日期", "是否首次在青创业", "是否正常经营", "申请日期"));

    private static final int NAME = 0;
    private static final int ID_NUMBER = 1;
    private static final int CATEGORY = 2;
    private static final int GRADUATION_DATE = 3;
    private static final int ENTITY_TYPE = 4;
    private static final int ENTITY_NAME = 5;
    private static final int CREDIT_CODE = 6;
    private static final int REGISTRATION_DATE = 7;
    private static final int FIRST_BUSINESS = 8;
    private static final int OPERATING = 9;
    private static final int APPLICATION_DATE = 10;

    static final Choices<PersonCategory> CATEGORIES = Choices.of(
            List.of(PersonCategory.GRADUATE, PersonCategory.DIFFICULT, PersonCategory.MIGRANT_RETURNEE),
            PersonCategory::label);
    static final Choices<EntityType> ENTITY_TYPES = Choices.of(List.of(EntityType.values()), EntityType::label);

    @Override
    public SheetSpec sheet() {
        return SHEET;
    }

    @Override
    public Map<String, Set<String>> choices() {
        return Map.of("人员类别", CATEGORIES.labels(), "主体类型", ENTITY_TYPES.labels(),
                "是否首次在青创业", Values.YES_NO_LABELS, "是否正常经营", Values.YES_NO_LABELS);
    }

    @Override
    public Subsidy subsidy() {
        return Subsidy.STARTUP;
    }

    @Override
    public ValidatedRow<StartupApplication> read(DataRow row, Quarter quarter) {
        RowFields f = new RowFields(SHEET, row);
        String name = f.text(NAME);
        String id = f.idNumber(ID_NUMBER, quarter);
        PersonCategory category = f.choice(CATEGORY, CATEGORIES);
        LocalDate graduation = f.graduationDate(GRADUATION_DATE, category);
        var application = new StartupApplication(
                name,
                id,
                category,
                graduation,
                f.choice(ENTITY_TYPE, ENTITY_TYPES),
                f.text(ENTITY_NAME),
                f.creditCode(CREDIT_CODE),
                f.date(REGISTRATION_DATE),
                f.yesNo(FIRST_BUSINESS),
                f.yesNo(OPERATING),
                f.date(APPLICATION_DATE));
        return new ValidatedRow<>(row.rowNumber(), application, f.errors());
    }
}
