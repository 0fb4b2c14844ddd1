package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text read from a cell is safe to store and show, whatever the file put in it. */
class CellTextTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersOfALegacyXlsAreDroppedWhenRead() throws Exception {
        Path file;
        try (TestWorkbook wb = new TestWorkbook(TestWorkbook.Format.XLS)) {
            file = wb.row("填报信息", 1, "姓名", "张\u0000三\u0007", "\u0001\u0002").writeTo(dir, "370213_2025Q1");
        }
        List<RawRow> rows = new ArrayList<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readRows("填报信息", rows::add);
        }

        assertThat(rows).containsExactly(new RawRow(1, List.of(RawCell.text(0, "姓名"), RawCell.text(1, "张三"))));
    }

    @Test
    void controlCharactersAreDroppedButTabsAndLineBreaksKept() {
        assertThat(RawCell.text(0, "张\u0000三\u0007\u001B\u007F\u0085").text()).isEqualTo("张三");
        assertThat(RawCell.text(0, "第一行\n第二行\t尾\r").text()).isEqualTo("第一行\n第二行\t尾\r");
    }

    @Test
    void invisibleCharactersThatSpoilAnIdNumberAreDropped() {
        assertThat(RawCell.text(0, "\uFEFF37020219900101\u200B123X\u2060").text()).isEqualTo("37020219900101123X");
    }

    @Test
    void unpairedSurrogatesAreDroppedAndPairsKept() {
        assertThat(RawCell.text(0, "a\uD800b\uDC00c\uD83D\uDE00").text()).isEqualTo("abc\uD83D\uDE00");
    }

    @Test
    void textLongerThanAnExcelCellIsCut() {
        assertThat(RawCell.text(0, "长".repeat(40_000)).text()).hasSize(32_767);
        assertThat(RawCell.text(0, "a".repeat(32_766) + "\uD83D\uDE00").text()).hasSize(32_766);
    }

    @Test
    void cleanTextIsTheSameString() {
        String clean = "青岛市市南区";
        assertThat(RawCell.text(0, clean).text()).isSameAs(clean);
    }

    @Test
    void theQuickTestsAgreeWithTheirDefinitionsForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            for (String s : List.of(one, one + "a", one + " ", " " + one)) {
                assertThat(CellText.isBlank(s)).as("U+%04X in [%s]", c, s).isEqualTo(s.isBlank());
            }
            boolean dropped = (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                    || "\u200B\u200C\u200D\u2060\uFEFF\uFFFE\uFFFF".indexOf(c) >= 0
                    || Character.isSurrogate((char) c); // alone, a surrogate is unpaired
            assertThat(CellText.sanitise("a" + one + "b")).as("U+%04X", c).isEqualTo(dropped ? "ab" : "a" + one + "b");
        }
    }

    @Test
    void textOfOnlyControlCharactersIsBlank() {
        assertThat(RawCell.text(0, "\u0000\u0001").isBlank()).isTrue();
    }
}
