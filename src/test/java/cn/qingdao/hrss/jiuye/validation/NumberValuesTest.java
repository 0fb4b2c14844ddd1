package cn.qingdao.hrss.jiuye.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static cn.qingdao.hrss.jiuye.validation.Cells.assertParsed;
import static cn.qingdao.hrss.jiuye.validation.Cells.cell;
import static org.assertj.core.api.Assertions.assertThat;

/** Amounts (yuan, exact, scale 2) and statistics counts, rules §4 and §7. */
class NumberValuesTest {

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER | 480.96000000000004 | 480.96
            NUMBER | 0.30000000000000004 | 0.30
            NUMBER | 1234.5             | 1234.50
            NUMBER | 1234               | 1234.00
            NUMBER | 0                  | 0.00
            NUMBER | -0.0               | 0.00
            NUMBER | 100.001            | INVALID_AMOUNT
            NUMBER | -1                 | INVALID_AMOUNT
            NUMBER | -0.01              | INVALID_AMOUNT
            NUMBER | 9999999999.99      | 9999999999.99
            NUMBER | 1E10               | INVALID_AMOUNT
            NUMBER | 1.2E17             | INVALID_AMOUNT
            TEXT   | 1,234.50元          | 1234.50
            TEXT   | 1,234.50 元         | 1234.50
            TEXT   | 1234.5             | 1234.50
            TEXT   | 1,234              | 1234.00
            TEXT   | 1,234,567.8        | 1234567.80
            TEXT   | 500元               | 500.00
            TEXT   | 100.100            | 100.10
            TEXT   | 100.000            | 100.00
            TEXT   | 0                  | 0.00
            TEXT   | １，２３４．５０元      | 1234.50
            TEXT   | 100.001            | INVALID_AMOUNT
            TEXT   | 100.0010           | INVALID_AMOUNT
            TEXT   | -1                 | INVALID_AMOUNT
            TEXT   | +1                 | INVALID_AMOUNT
            TEXT   | 1.2E+17            | INVALID_AMOUNT
            TEXT   | 120000000000000000 | INVALID_AMOUNT
            TEXT   | 1,23               | INVALID_AMOUNT
            TEXT   | 12,3456            | INVALID_AMOUNT
            TEXT   | 1234,567           | INVALID_AMOUNT
            TEXT   | ',123'             | INVALID_AMOUNT
            TEXT   | 1.2.3              | INVALID_AMOUNT
            TEXT   | .5                 | INVALID_AMOUNT
            TEXT   | 5.                 | INVALID_AMOUNT
            TEXT   | 元                  | INVALID_AMOUNT
            TEXT   | 五百元               | INVALID_AMOUNT
            TEXT   | 1 234              | INVALID_AMOUNT
            TEXT   | 1e3                | INVALID_AMOUNT
            BOOLEAN | TRUE              | INVALID_AMOUNT
            ERROR  | #DIV/0!            | INVALID_AMOUNT
            BLANK  |                    | MISSING_VALUE
            """)
    void readsAmounts(String kind, String value, String expected) {
        assertParsed(Values.amount(cell(kind, value)), expected);
    }

    @Test
    void amountsAreExactDecimalsOfScaleTwo() {
        BigDecimal amount = Values.amount(cell("NUMBER", "480.96000000000004")).value();
        assertThat(amount).isEqualTo(new BigDecimal("480.96"));
        assertThat(amount.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER | 12345              | 12345
            NUMBER | 0                  | 0
            NUMBER | 78300              | 78300
            NUMBER | 12.000000000000002 | 12
            NUMBER | 1.5                | INVALID_NUMBER
            NUMBER | -3                 | INVALID_NUMBER
            NUMBER | 1e15               | INVALID_NUMBER
            NUMBER | 999999999999999    | 999999999999999
            NUMBER | 999999999999999.5  | INVALID_NUMBER
            TEXT   | 12,345             | 12345
            TEXT   | 1,234,567          | 1234567
            TEXT   | 12345              | 12345
            TEXT   | 12.0               | 12
            TEXT   | ' 120,000 '        | 120000
            TEXT   | １２，３４５          | 12345
            TEXT   | 007                | 7
            TEXT   | 1.5                | INVALID_NUMBER
            TEXT   | -3                 | INVALID_NUMBER
            TEXT   | 12,34              | INVALID_NUMBER
            TEXT   | 约1000              | INVALID_NUMBER
            TEXT   | 1000人              | INVALID_NUMBER
            TEXT   | 1000000000000000   | INVALID_NUMBER
            TEXT   | '  '               | INVALID_NUMBER
            BOOLEAN | TRUE              | INVALID_NUMBER
            ERROR  | #REF!              | INVALID_NUMBER
            BLANK  |                    | INVALID_NUMBER
            """)
    void readsCounts(String kind, String value, String expected) {
        assertParsed(Values.count(cell(kind, value)), expected);
    }
}
