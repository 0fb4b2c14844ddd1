package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.50", "7", "999", "1000", "12000.00", "999999.99", "1234567.89", "-1234.5", "-12"})
    void aNumbersWidthIsTheLengthOfItsGroupedText(String number) {
        BigDecimal value = new BigDecimal(number);

        assertThat(SheetTable.groupedWidth(value, 2)).isEqualTo(String.format(Locale.ROOT, "%,.2f", value).length());
        assertThat(SheetTable.groupedWidth(value.setScale(0, java.math.RoundingMode.DOWN), 0))
                .isEqualTo(String.format(Locale.ROOT, "%,d", value.toBigInteger()).length());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, -7, 999, 1000, -1000, 999_999, 1_000_000, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE})
    void anIntegersWidthIsTheLengthOfItsGroupedText(long value) {
        assertThat(SheetTable.groupedWidth(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value).length());
    }
}
