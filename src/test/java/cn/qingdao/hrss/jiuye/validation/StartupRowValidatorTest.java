package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** 一次性创业补贴 rows, rules §3.2, §4, §5.4. */
class StartupRowValidatorTest {

    private static final Quarter Q3_2025 = new Quarter(2025, 3);
    private final StartupRowValidator validator = new StartupRowValidator();

    /** A complete, valid row of a 就业困难人员 running a 个体工商户. */
    static RowBuilder difficultPersonShop() {
        return RowBuilder.of(StartupRowValidator.SHEET)
                .text("姓名", "张三")
                .text("身份证号", "370202199001011237")
                .text("人员类别", "就业困难人员")
                .text("主体类型", "个体工商户")
                .text("主体名称", "青岛市市南区张三便利店")
                .text("统一社会信用代码", "92370202ma3abcde1f")
                .text("登记注册日期", "2024-03-01")
                .text("是否首次在青创业", "是")
                .text("是否正常经营", "Y")
                .number("申请日期", 20250815);
    }

    @Test
    void sheetSpecListsTheColumnsOfRules32WithoutXuhao() {
        assertThat(StartupRowValidator.SHEET.name()).isEqualTo(Subsidy.STARTUP.sheetName()).isEqualTo("一次性创业补贴");
        assertThat(StartupRowValidator.SHEET.columns()).containsExactly("姓名", "身份证号", "人员类别", "毕业日期", "主体类型",
                "主体名称", "统一社会信用代码", "登记注册日期", "是否首次在青创业", "是否正常经营", "申请日期");
    }

    @Test
    void eachSubsidyHasItsValidator() {
        assertThat(RowValidator.of(Subsidy.STARTUP).sheet()).isSameAs(StartupRowValidator.SHEET);
        assertThat(RowValidator.of(Subsidy.EMPLOYER).sheet()).isSameAs(EmployerRowValidator.SHEET);
        assertThat(RowValidator.of(Subsidy.FLEXIBLE).sheet()).isSameAs(FlexibleRowValidator.SHEET);
        for (Subsidy s : Subsidy.values()) {
            assertThat(RowValidator.of(s).subsidy()).isEqualTo(s);
            assertThat(RowValidator.of(s).sheet().name()).isEqualTo(s.sheetName());
        }
    }

    @Test
    void readsAFullValidRow() {
        var result = validator.read(difficultPersonShop().build(4), Q3_2025);

        assertThat(result.valid()).isTrue();
        assertThat(result.rowNumber()).isEqualTo(4);
        assertThat(result.application()).isEqualTo(new StartupApplication("张三", "370202199001011237",
                PersonCategory.DIFFICULT, null, EntityType.INDIVIDUAL, "青岛市市南区张三便利店", "92370202MA3ABCDE1F",
                LocalDate.of(2024, 3, 1), true, true, LocalDate.of(2025, 8, 15)));
    }

    @Test
    void graduateWithoutGraduationDateIsMissingValue() {
        var row = difficultPersonShop().text("人员类别", "高校毕业生").build(5);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.MISSING_VALUE, "毕业日期", "E", ""));
        assertThat(result.application().category()).isEqualTo(PersonCategory.GRADUATE);
    }

    @Test
    void graduateHasGraduationDateRead() {
        var row = difficultPersonShop().text("人员类别", "高校毕业生").date("毕业日期", 45467).build(5);

        var result = validator.read(row, Q3_2025);

        assertThat(result.valid()).isTrue();
        assertThat(result.application().graduationDate()).isEqualTo(LocalDate.of(2024, 6, 24));
    }

    @ParameterizedTest(name = "[{index}] {0} with 毕业日期 ''{1}''")
    @CsvSource({"就业困难人员, 不详", "返乡入乡农民工, 2023-02-29", "返乡入乡农民工, 2020-07-01"})
    void nonGraduateGraduationDateIsIgnoredWhateverItHolds(String category, String graduation) {
        var row = difficultPersonShop().text("人员类别", category).text("毕业日期", graduation).build(6);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application().graduationDate()).isNull();
    }

    @Test
    void invalidIdIsReportedAndKeptAsRead() {
        var row = difficultPersonShop().text("身份证号", " 370202199001011238 ").build(7);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).containsExactly(
                new FieldError(ReasonCode.INVALID_ID_NUMBER, "身份证号", "C", " 370202199001011238 "));
        assertThat(result.application().idNumber()).isEqualTo("370202199001011238");
        assertThat(result.application().name()).isEqualTo("张三");
    }

    @Test
    void idStoredAsNumberKeepsTheDigitsExcelShows() {
        var row = difficultPersonShop().number("身份证号", 370202199001011237d).build(8);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).containsExactly(
                new FieldError(ReasonCode.ID_STORED_AS_NUMBER, "身份证号", "C", "370202199001011000"));
        assertThat(result.application().idNumber()).isEqualTo("370202199001011000");
    }

    @Test
    void oneErrorPerBadCellInColumnOrderAndTheRestStillRead() {
        var row = difficultPersonShop()
                .text("主体类型", "有限公司")
                .text("统一社会信用代码", "91350100M000100Y44")
                .text("登记注册日期", "2023-02-29")
                .text("是否正常经营", "不确定")
                .text("申请日期", "2025年8月32日")
                .build(9);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).extracting(FieldError::code, FieldError::column, FieldError::columnLetter)
                .containsExactly(
                        tuple(ReasonCode.INVALID_CHOICE, "主体类型", "F"),
                        tuple(ReasonCode.INVALID_CREDIT_CODE, "统一社会信用代码", "H"),
                        tuple(ReasonCode.INVALID_DATE, "登记注册日期", "I"),
                        tuple(ReasonCode.INVALID_CHOICE, "是否正常经营", "K"),
                        tuple(ReasonCode.INVALID_DATE, "申请日期", "L"));
        assertThat(result.application()).isEqualTo(new StartupApplication("张三", "370202199001011237",
                PersonCategory.DIFFICULT, null, null, "青岛市市南区张三便利店", null, null, true, null, null));
    }

    @Test
    void returningMigrantWorkerIsAllowedOnThisSheet() {
        var result = validator.read(difficultPersonShop().text("人员类别", "返乡入乡农民工").build(10), Q3_2025);

        assertThat(result.valid()).isTrue();
        assertThat(result.application().category()).isEqualTo(PersonCategory.MIGRANT_RETURNEE);
    }

    @Test
    void blankRowCellsAreMissingValuesExceptTheGraduationDateOfAnUnknownCategory() {
        var row = RowBuilder.of(StartupRowValidator.SHEET).text("姓名", "李四").build(11);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).extracting(FieldError::code).containsOnly(ReasonCode.MISSING_VALUE);
        assertThat(result.errors()).extracting(FieldError::column).containsExactly("身份证号", "人员类别", "主体类型",
                "主体名称", "统一社会信用代码", "登记注册日期", "是否首次在青创业", "是否正常经营", "申请日期");
        assertThat(result.application().name()).isEqualTo("李四");
        assertThat(result.application().idNumber()).isNull();
    }
}
