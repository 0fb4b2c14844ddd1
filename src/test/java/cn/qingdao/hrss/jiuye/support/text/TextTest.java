package cn.qingdao.hrss.jiuye.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How text values are cleaned (rules §4): trimmed of any Unicode space, full-width folded. */
class TextTest {

    @Test
    void cleanTrimsUnicodeSpacesAndFoldsFullWidth() {
        assertThat(Text.clean("\u3000ＡＢ１２３\u00A0")).isEqualTo("AB123\u00A0"); // U+00A0 is no white space to Java
        assertThat(Text.clean(" \t青岛市\u2003")).isEqualTo("青岛市");
        assertThat(Text.clean("　")).isEmpty();
    }

    @Test
    void cleanTextIsTheSameString() {
        String clean = "青岛市市南区";
        assertThat(Text.clean(clean)).isSameAs(clean);
    }

    @Test
    void theQuickSpaceTestAgreesWithStripForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            for (String s : List.of(one, "a" + one, one + "a", "a" + one + "b")) {
                assertThat(Text.clean(s)).as("U+%04X in [%s]", c, s).isEqualTo(Text.foldWidth(s).strip());
            }
            if (Text.plainlyNotSpace((char) c)) {
                assertThat(Character.isWhitespace(c)).as("U+%04X", c).isFalse();
            }
        }
    }
}
