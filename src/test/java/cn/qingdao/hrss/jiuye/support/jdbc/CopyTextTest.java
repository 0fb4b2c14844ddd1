package cn.qingdao.hrss.jiuye.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static String encode(Object[]... rows) {
        CopyText text = new CopyText(1);
        for (Object[] row : rows) {
            text.row(row);
        }
        return new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() {
        assertThat(encode(new Object[] {1L, "startup", 7, null, true, false},
                new Object[] {-42, "", Long.MIN_VALUE}))
                .isEqualTo("1\tstartup\t7\t\\N\tt\tf\n-42\t\t-9223372036854775808\n");
    }

    @Test
    void separatorsAndBackslashesInsideAValueAreEscaped() {
        assertThat(encode(new Object[] {"a\\b\tc\nd\re", "\t"})).isEqualTo("a\\\\b\\tc\\nd\\re\t\\t\n");
    }

    @Test
    void chineseAndCharactersBeyondTheBasicPlaneAreWrittenAsUtf8EvenNextToAnEscape() {
        String name = "张\uD842\uDFB7明"; // 𠮷, a surrogate pair
        assertThat(encode(new Object[] {name, name + "\t" + name})).isEqualTo(name + "\t" + name + "\\t" + name + "\n");
    }

    @Test
    void moneyIsWrittenExactlyAndDatesAsIso8601() {
        assertThat(encode(new Object[] {new BigDecimal("1E+3"), new BigDecimal("0.10"),
                LocalDate.of(2025, 3, 9), LocalDate.of(987, 12, 31)}))
                .isEqualTo("1000\t0.10\t2025-03-09\t0987-12-31\n");
    }

    @Test
    void theBufferGrowsPastItsFirstCapacity() {
        Object[][] rows = new Object[1000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i, "行" + i};
        }
        String text = encode(rows);
        assertThat(text.lines()).hasSize(1000).startsWith("0\t行0").endsWith("999\t行999");
    }
}
