package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.qingdao.hrss.jiuye.validation.Cells.assertParsed;
import static cn.qingdao.hrss.jiuye.validation.Cells.cell;
import static org.assertj.core.api.Assertions.assertThat;

/** Text, yes/no, choices and the display of a cell, rules §4. */
class TextValuesTest {

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 张三                  | 张三
            TEXT    | '  张三　'             | 张三
            TEXT    | 青岛ＡＢＣ１２３商店      | 青岛ABC123商店
            TEXT    | 张　三                 | 张 三
            NUMBER  | 12345                 | 12345
            BOOLEAN | TRUE                  | TRUE
            TEXT    | '  '                  | MISSING_VALUE
            TEXT    | '　'                   | MISSING_VALUE
            BLANK   |                       | MISSING_VALUE
            ERROR   | #N/A                  | MISSING_VALUE
            """)
    void readsText(String kind, String value, String expected) {
        assertParsed(Values.text(cell(kind, value)), expected);
    }

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 是      | true
            TEXT    | 否      | false
            TEXT    | ' 是 '  | true
            TEXT    | Y       | true
            TEXT    | y       | true
            TEXT    | N       | false
            TEXT    | n       | false
            TEXT    | yes     | true
            TEXT    | YES     | true
            TEXT    | No      | false
            TEXT    | true    | true
            TEXT    | FALSE   | false
            TEXT    | 1       | true
            TEXT    | 0       | false
            TEXT    | Ｙ      | true
            TEXT    | １      | true
            NUMBER  | 1       | true
            NUMBER  | 0       | false
            BOOLEAN | TRUE    | true
            BOOLEAN | FALSE   | false
            NUMBER  | 2       | INVALID_CHOICE
            NUMBER  | 0.5     | INVALID_CHOICE
            TEXT    | 是的    | INVALID_CHOICE
            TEXT    | 有      | INVALID_CHOICE
            TEXT    | 2       | INVALID_CHOICE
            TEXT    | √       | INVALID_CHOICE
            ERROR   | #N/A    | INVALID_CHOICE
            BLANK   |         | MISSING_VALUE
            TEXT    | ' '     | MISSING_VALUE
            """)
    void readsYesNo(String kind, String value, String expected) {
        assertParsed(Values.yesNo(cell(kind, value)), expected);
    }

    private static final Choices<PersonCategory> SOCIAL_INSURANCE_CATEGORIES =
            Choices.of(List.of(PersonCategory.DIFFICULT, PersonCategory.GRADUATE), PersonCategory::label);

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 高校毕业生         | GRADUATE
            TEXT    | ' 就业困难人员　'   | DIFFICULT
            TEXT    | 返乡入乡农民工      | INVALID_CHOICE
            TEXT    | 高校 毕业生        | INVALID_CHOICE
            TEXT    | 毕业生            | INVALID_CHOICE
            NUMBER  | 1                | INVALID_CHOICE
            BLANK   |                  | MISSING_VALUE
            """)
    void readsChoicesByExactLabel(String kind, String value, String expected) {
        assertParsed(Values.choice(cell(kind, value), SOCIAL_INSURANCE_CATEGORIES), expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            小微企业     | SMALL_MICRO
            社会组织     | SOCIAL_ORGANISATION
            其他用人单位  | OTHER
            个体工商户    | INVALID_CHOICE
            """)
    void readsEmployerTypes(String value, String expected) {
        assertParsed(EmployerRowValidator.EMPLOYER_TYPES.parse(cell("TEXT", value)), expected);
    }

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> ''{2}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            NUMBER  | 370202199001011237   | 370202199001011000
            NUMBER  | 480.96000000000004   | 480.96
            NUMBER  | 12                   | 12
            NUMBER  | 1234.5               | 1234.5
            NUMBER  | 1e20                 | 100000000000000000000
            NUMBER  | 1.5e-7               | 0.00000015
            NUMBER  | -0.0                 | 0
            DATE    | 45356                | 2024-03-05
            DATE    | 60                   | 60
            TEXT    | ' 张三 '              | ' 张三 '
            BOOLEAN | TRUE                 | TRUE
            ERROR   | #REF!                | #REF!
            BLANK   |                      | ''
            """)
    void displaysCellsAsAPersonSeesThem(String kind, String value, String expected) {
        assertThat(Values.display(cell(kind, value))).isEqualTo(expected);
    }
}
