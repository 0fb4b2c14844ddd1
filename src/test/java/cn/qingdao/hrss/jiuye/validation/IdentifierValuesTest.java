package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.qingdao.hrss.jiuye.validation.Cells.assertParsed;
import static cn.qingdao.hrss.jiuye.validation.Cells.cell;
import static org.assertj.core.api.Assertions.assertThat;

/** 身份证号 (GB 11643) and 统一社会信用代码 (GB 32100), rules §4. */
class IdentifierValuesTest {

    private static final Quarter Q3_2025 = new Quarter(2025, 3);

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 370202199001011237   | 370202199001011237
            TEXT    | 11010519491231002X   | 11010519491231002X
            TEXT    | 11010519491231002x   | 11010519491231002X
            TEXT    | '  370202199001011237 ' | 370202199001011237
            TEXT    | ３７０２０２１９９００１０１１２３７ | 370202199001011237
            TEXT    | 370202190001011236   | 370202190001011236
            TEXT    | 370202202402291238   | 370202202402291238
            TEXT    | 37020220250930123X   | 37020220250930123X
            NUMBER  | 370202199001011237   | ID_STORED_AS_NUMBER
            NUMBER  | 370202199001011000   | ID_STORED_AS_NUMBER
            TEXT    | 37020220251001123X   | INVALID_ID_NUMBER
            TEXT    | 370202199001011238   | INVALID_ID_NUMBER
            TEXT    | 160202199001011238   | INVALID_ID_NUMBER
            TEXT    | 370202189912311231   | INVALID_ID_NUMBER
            TEXT    | 370202202302291230   | INVALID_ID_NUMBER
            TEXT    | 37020219900101123    | INVALID_ID_NUMBER
            TEXT    | 3702021990010112370  | INVALID_ID_NUMBER
            TEXT    | 370202900101123      | INVALID_ID_NUMBER
            TEXT    | 37020219900101123Y   | INVALID_ID_NUMBER
            TEXT    | 3702021990 01011237  | INVALID_ID_NUMBER
            BOOLEAN | TRUE                 | INVALID_ID_NUMBER
            ERROR   | #N/A                 | INVALID_ID_NUMBER
            BLANK   |                      | MISSING_VALUE
            TEXT    | '   '                | MISSING_VALUE
            """)
    void readsIdNumbers(String kind, String value, String expected) {
        assertParsed(Values.idNumber(cell(kind, value), Q3_2025), expected);
    }

    @Test
    void birthDateLimitIsTheLastDayOfTheQuarterBeingRun() {
        var bornOct1 = cell("TEXT", "37020220251001123X");
        assertParsed(Values.idNumber(bornOct1, new Quarter(2025, 3)), "INVALID_ID_NUMBER");
        assertParsed(Values.idNumber(bornOct1, new Quarter(2025, 4)), "37020220251001123X");
    }

    @Test
    void checkCharacterFollowsIso7064Mod112() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("37020219900101123")).isEqualTo('7');
    }

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | 91350100M000100Y43   | 91350100M000100Y43
            TEXT    | 91350100m000100y43   | 91350100M000100Y43
            TEXT    | 91110000600037341L   | 91110000600037341L
            TEXT    | 92370202MA3ABCDE1F   | 92370202MA3ABCDE1F
            TEXT    | ' 91370200163562681G ' | 91370200163562681G
            TEXT    | ９１３５０１００Ｍ０００１００Ｙ４３ | 91350100M000100Y43
            TEXT    | 91350100M000100Y44   | INVALID_CREDIT_CODE
            TEXT    | 91350100I000100Y43   | INVALID_CREDIT_CODE
            TEXT    | 91350100O000100Y43   | INVALID_CREDIT_CODE
            TEXT    | 91350100S000100Y43   | INVALID_CREDIT_CODE
            TEXT    | 91350100V000100Y43   | INVALID_CREDIT_CODE
            TEXT    | 91350100Z000100Y43   | INVALID_CREDIT_CODE
            TEXT    | 91350100M000100Y4    | INVALID_CREDIT_CODE
            TEXT    | 91350100M000100Y433  | INVALID_CREDIT_CODE
            TEXT    | 91350100M000100-43   | INVALID_CREDIT_CODE
            NUMBER  | 913501001000100143   | INVALID_CREDIT_CODE
            ERROR   | #REF!                | INVALID_CREDIT_CODE
            BLANK   |                      | MISSING_VALUE
            """)
    void readsCreditCodes(String kind, String value, String expected) {
        assertParsed(Values.creditCode(cell(kind, value)), expected);
    }

    @Test
    void creditCodeCheckOf31IsZero() {
        // a prefix whose weighted sum is a multiple of 31 has check character '0'
        String prefix = "00000000000000000";
        assertThat(CreditCodes.checkCharacter(prefix)).isEqualTo('0');
        assertParsed(Values.creditCode(cell("TEXT", prefix + "0")), prefix + "0");
    }
}
