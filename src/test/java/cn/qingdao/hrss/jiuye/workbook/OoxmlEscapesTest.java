package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OoxmlEscapesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a_x005F_x0041_b           | a_x0041_b",
            "_x0041_                   | A",
            "no escapes                | no escapes",
            "_x00G1_ and _x12_         | _x00G1_ and _x12_"})
    void decodesEscapesAndLeavesOtherTextAlone(String written, String read) {
        assertThat(OoxmlEscapes.decode(written)).isEqualTo(read);
    }

    @Test
    void decodesTheEscapesOfControlCharacters() {
        assertThat(OoxmlEscapes.decode("张_x0000_三_x0007__x001B_")).isEqualTo("张\u0000三\u0007\u001B");
    }
}
