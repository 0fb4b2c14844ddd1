package cn.qingdao.hrss.jiuye.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path of {@link Decimals#excelValue} agrees with the exact rounding to 15 digits (rules §4). */
class DecimalsTest {

    private static BigDecimal exact(double d) {
        return new BigDecimal(d).round(Decimals.EXCEL_PRECISION);
    }

    @ParameterizedTest
    @ValueSource(doubles = {480.96000000000004, 0.1, 0.30000000000000004, 1234.5, 999.9999999999999, 1e20, 1.5e-7,
            123456789012345.6, 0.1 + 0.7, 2.675, 1.005, 4.35 * 100, 99999999999999.99})
    void agreesWithExactRoundingOnKnownValues(double d) {
        assertThat(Decimals.excelValue(d)).isEqualByComparingTo(exact(d));
    }

    @Test
    void agreesWithExactRoundingOnRandomMoneyAndArithmetic() {
        SplittableRandom random = new SplittableRandom(20250101);
        for (int i = 0; i < 200_000; i++) {
            double cents = random.nextLong(0, 100_000_000) / 100.0;
            double d = switch (i % 4) {
                case 0 -> cents;
                case 1 -> cents * 2 / 3;
                case 2 -> cents + random.nextLong(0, 100_000) / 100.0;
                default -> Double.longBitsToDouble(random.nextLong(0x3FF0000000000000L, 0x4300000000000000L));
            };
            assertThat(Decimals.excelValue(d)).as("%s", d).isEqualByComparingTo(exact(d));
        }
    }
}
