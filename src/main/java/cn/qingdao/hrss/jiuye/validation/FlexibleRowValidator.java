package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
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
 * 灵活就业社保补贴 rows (rules §3.4): every column required, 毕业日期 only for 高校毕业生;
 * 人员类别 ∈ {就业困难人员, 高校毕业生}. Field checks only (rules §5.4).
 */
public final class FlexibleRowValidator implements RowValidator<FlexibleApplication> {

    public static final SheetSpec SHEET = new SheetSpec(Subsidy.FLEXIBLE.sheetName(), List.of(
            "姓名", "身份证号", "人员类别", "毕业日期", "灵活就业登记日期", "补贴起始月", "补贴终止月",
            "月实缴社保金额", "申请日期"));

    private static final int NAME = 0;
    private static final int ID_NUMBER = 1;
    private static final int CATEGORY = 2;
    private static final int GRADUATION_DATE = 3;
    private static final int REGISTRATION_DATE = 4;
    private static final int START_MONTH = 5;
    private static final int END_MONTH = 6;
    private static final int MONTHLY_AMOUNT = 7;
    private static final int APPLICATION_DATE = 8;

    @Override
    public SheetSpec sheet() {
        return SHEET;
    }

    @Override
    public Map<String, Set<String>> choices() {
        return Map.of("人员类别", EmployerRowValidator.CATEGORIES.labels());
    }

    @Override
    public Subsidy subsidy() {
        return Subsidy.FLEXIBLE;
    }

    @Override
    public ValidatedRow<FlexibleApplication> read(DataRow row, Quarter quarter) {
        RowFields f = new RowFields(SHEET, row);
        String name = f.text(NAME);
        String id = f.idNumber(ID_NUMBER, quarter);
        PersonCategory category = f.choice(CATEGORY, EmployerRowValidator.CATEGORIES);
        LocalDate graduation = f.graduationDate(GRADUATION_DATE, category);
        var application = new FlexibleApplication(
                name,
                id,
                category,
                graduation,
                f.date(REGISTRATION_DATE),
                f.month(START_MONTH),
                f.month(END_MONTH),
                f.amount(MONTHLY_AMOUNT),
                f.date(APPLICATION_DATE));
        return new ValidatedRow<>(row.rowNumber(), application, f.errors());
    }
}
