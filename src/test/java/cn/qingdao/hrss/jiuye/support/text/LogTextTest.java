package cn.qingdao.hrss.jiuye.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hostile file name cannot forge or flood a log line. */
class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersAreShownEscaped() {
        assertThat(LogText.printable("-370215 ..\\x\t报送\n(终稿)\u0007.xlsx"))
                .isEqualTo("-370215 ..\\x\\t报送\\n(终稿)\\u0007.xlsx");
    }

    @Test
    void longNamesAreCut() {
        assertThat(LogText.printable("表".repeat(1000))).isEqualTo("表".repeat(200) + "…");
        assertThat(LogText.printable("表".repeat(200))).isEqualTo("表".repeat(200));
    }

    @Test
    void nullIsEmpty() {
        assertThat(LogText.printable(null)).isEmpty();
    }
}
