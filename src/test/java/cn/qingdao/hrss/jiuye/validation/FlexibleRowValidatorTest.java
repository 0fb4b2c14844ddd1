package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** 灵活就业社保补贴 rows, rules §3.4, §4, §5.4. */
class FlexibleRowValidatorTest {

    private static final Quarter Q3_2025 = new Quarter(2025, 3);
    private final FlexibleRowValidator validator = new FlexibleRowValidator();

    /** A complete, valid row of a graduate in flexible employment. */
    static RowBuilder graduate() {
        return RowBuilder.of(FlexibleRowValidator.SHEET)
                .text("姓名", "赵六")
                .text("身份证号", "370202199001011237")
                .text("人员类别", "高校毕业生")
                .text("毕业日期", "2024年6月30日")
                .text("灵活就业登记日期", "２０２４－０８－０１")
                .text("补贴起始月", "202408")
                .text("补贴终止月", "2025年6月")
                .number("月实缴社保金额", 480.96000000000004)
                .text("申请日期", "2025-07-10");
    }

    @Test
    void sheetSpecListsTheColumnsOfRules34WithoutXuhao() {
        assertThat(FlexibleRowValidator.SHEET.name()).isEqualTo(Subsidy.FLEXIBLE.sheetName());
        assertThat(FlexibleRowValidator.SHEET.columns()).containsExactly("姓名", "身份证号", "人员类别", "毕业日期",
                "灵活就业登记日期", "补贴起始月", "补贴终止月", "月实缴社保金额", "申请日期");
    }

    @Test
    void readsAFullValidRow() {
        var result = validator.read(graduate().build(4), Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application()).isEqualTo(new FlexibleApplication("赵六", "370202199001011237",
                PersonCategory.GRADUATE, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 8, 1), YearMonth.of(2024, 8),
                YearMonth.of(2025, 6), new BigDecimal("480.96"), LocalDate.of(2025, 7, 10)));
    }

    @Test
    void graduateWithoutGraduationDateIsMissingValue() {
        var result = validator.read(graduate().blank("毕业日期").build(5), Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.MISSING_VALUE, "毕业日期", "E", ""));
    }

    @Test
    void graduateWithBadGraduationDateIsInvalidDate() {
        var result = validator.read(graduate().text("毕业日期", "2023-02-29").build(6), Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.INVALID_DATE, "毕业日期", "E", "2023-02-29"));
    }

    @Test
    void nonGraduateWithGarbageGraduationDateIsIgnored() {
        var result = validator.read(graduate().text("人员类别", "就业困难人员").text("毕业日期", "未毕业").build(7), Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application().category()).isEqualTo(PersonCategory.DIFFICULT);
        assertThat(result.application().graduationDate()).isNull();
    }

    @Test
    void returningMigrantWorkerIsNotAChoiceOnThisSheet() {
        var result = validator.read(graduate().text("人员类别", "返乡入乡农民工").build(8), Q3_2025);

        assertThat(result.errors()).extracting(FieldError::code).containsExactly(ReasonCode.INVALID_CHOICE);
        assertThat(result.application().graduationDate()).isNull();
    }

    @Test
    void birthDateAfterTheQuarterIsAnInvalidId() {
        var result = validator.read(graduate().text("身份证号", "37020220251001123X").build(9), Q3_2025);

        assertThat(result.errors()).containsExactly(
                new FieldError(ReasonCode.INVALID_ID_NUMBER, "身份证号", "C", "37020220251001123X"));
        assertThat(result.application().idNumber()).isEqualTo("37020220251001123X");
    }
}
