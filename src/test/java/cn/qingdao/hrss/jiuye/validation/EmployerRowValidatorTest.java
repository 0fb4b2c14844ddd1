package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** 吸纳就业社保补贴 rows, rules §3.3, §4, §5.4. */
class EmployerRowValidatorTest {

    private static final Quarter Q3_2025 = new Quarter(2025, 3);
    private final EmployerRowValidator validator = new EmployerRowValidator();

    /** A complete, valid row: a small firm hiring a 就业困难人员 on a fixed-term contract. */
    static RowBuilder smallFirmHire() {
        return RowBuilder.of(EmployerRowValidator.SHEET)
                .text("单位名称", "青岛海岸科技有限公司")
                .text("统一社会信用代码", "91370202MA3C4B5K12")
                .text("单位类型", "小微企业")
                .text("职工姓名", "王五")
                .text("身份证号", "11010519491231002x")
                .text("人员类别", "就业困难人员")
                .text("劳动合同起始日期", "2024/9/1 00:00:00")
                .text("劳动合同终止日期", "2027年8月31日")
                .text("是否办理就业登记", "是")
                .number("补贴起始月", 202409)
                .text("补贴终止月", "2025.6")
                .number("单位月缴社保金额", 1234.5)
                .date("申请日期", 45870);
    }

    @Test
    void sheetSpecListsTheColumnsOfRules33WithoutXuhao() {
        assertThat(EmployerRowValidator.SHEET.name()).isEqualTo(Subsidy.EMPLOYER.sheetName());
        assertThat(EmployerRowValidator.SHEET.columns()).containsExactly("单位名称", "统一社会信用代码", "单位类型", "职工姓名",
                "身份证号", "人员类别", "毕业日期", "劳动合同起始日期", "劳动合同终止日期", "是否办理就业登记", "补贴起始月",
                "补贴终止月", "单位月缴社保金额", "申请日期");
    }

    @Test
    void readsAFullValidRow() {
        var result = validator.read(smallFirmHire().build(4), Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application()).isEqualTo(new EmployerApplication("青岛海岸科技有限公司", "91370202MA3C4B5K12",
                EmployerType.SMALL_MICRO, "王五", "11010519491231002X", PersonCategory.DIFFICULT, null,
                LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31), true, YearMonth.of(2024, 9),
                YearMonth.of(2025, 6), new BigDecimal("1234.50"), LocalDate.of(2025, 8, 1)));
        assertThat(result.application().openEnded()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] 劳动合同终止日期 ''{0}''")
    @CsvSource(value = {"''", "'   '", "无固定期限", "' 无固定期限 '", "无固定期限（长期）"}, emptyValue = "")
    void blankOrWuGuDingQiXianIsAnOpenEndedContract(String end) {
        var result = validator.read(smallFirmHire().text("劳动合同终止日期", end).build(5), Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application().contractEnd()).isNull();
        assertThat(result.application().openEnded()).isTrue();
    }

    @Test
    void contractEndThatIsNeitherDateNorOpenEndedIsInvalidDate() {
        var result = validator.read(smallFirmHire().text("劳动合同终止日期", "长期").build(6), Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.INVALID_DATE, "劳动合同终止日期", "J", "长期"));
    }

    @Test
    void graduateWithoutGraduationDateIsMissingValue() {
        var result = validator.read(smallFirmHire().text("人员类别", "高校毕业生").build(7), Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.MISSING_VALUE, "毕业日期", "H", ""));
    }

    @Test
    void nonGraduateWithGarbageGraduationDateIsIgnored() {
        var result = validator.read(smallFirmHire().text("毕业日期", "###").build(8), Q3_2025);

        assertThat(result.errors()).isEmpty();
        assertThat(result.application().graduationDate()).isNull();
    }

    @Test
    void returningMigrantWorkerIsNotAChoiceOnThisSheet() {
        var result = validator.read(smallFirmHire().text("人员类别", "返乡入乡农民工").text("毕业日期", "x").build(9), Q3_2025);

        assertThat(result.errors()).containsExactly(new FieldError(ReasonCode.INVALID_CHOICE, "人员类别", "G", "返乡入乡农民工"));
        assertThat(result.application().category()).isNull();
    }

    @Test
    void monthsAndAmountsFailWithTheirOwnCodes() {
        var row = smallFirmHire()
                .text("补贴起始月", "2024-13")
                .text("补贴终止月", "明年")
                .text("单位月缴社保金额", "-100元")
                .text("单位类型", "国有企业")
                .build(10);

        var result = validator.read(row, Q3_2025);

        assertThat(result.errors()).extracting(FieldError::code).containsExactly(ReasonCode.INVALID_CHOICE,
                ReasonCode.INVALID_MONTH, ReasonCode.INVALID_MONTH, ReasonCode.INVALID_AMOUNT);
        assertThat(result.errors()).extracting(FieldError::value).containsExactly("国有企业", "2024-13", "明年", "-100元");
    }
}
