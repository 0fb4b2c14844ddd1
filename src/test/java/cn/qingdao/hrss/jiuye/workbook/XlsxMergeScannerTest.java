package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** The merge pre-pass finds the ranges by a byte search, whatever the prefix or buffer boundaries. */
class XlsxMergeScannerTest {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void findsMergesAfterLargeSheetData() throws Exception {
        for (int padding : new int[] {0, 65_536 - 300, 65_536 - 47, 65_536 - 20, 200_000}) {
            String xml = "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    + "x".repeat(padding) + "</t></is></c></row></sheetData>"
                    + "<mergeCells count=\"2\"><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"C3:C9\"/></mergeCells>"
                    + "<pageMargins left=\"0.7\"/></worksheet>";
            assertThat(scan(xml)).as("padding %d", padding).containsExactly(range("A1:B2"), range("C3:C9"));
        }
    }

    @Test
    void findsPrefixedMergesAndIgnoresTheWordInText() throws Exception {
        String xml = "<x:worksheet xmlns:x=\"" + NS + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\">"
                + "<x:is><x:t>see x:mergeCells and &lt;mergeCells ref=\"A1:Z9\"/&gt;</x:t></x:is></x:c></x:row></x:sheetData>"
                + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"B2:D2\"/></x:mergeCells></x:worksheet>";
        assertThat(scan(xml)).containsExactly(range("B2:D2"));
    }

    @Test
    void noMergesAndMalformedRangesMergeNothing() throws Exception {
        assertThat(scan("<worksheet xmlns=\"" + NS + "\"><sheetData/></worksheet>")).isEmpty();
        assertThat(scan("<worksheet xmlns=\"" + NS + "\"><sheetData/><mergeCells><mergeCell ref=\"A1\"/>"
                + "<mergeCell ref=\"nonsense:\"/></mergeCells></worksheet>")).isEmpty();
    }

    @Test
    void theByteSearchFindsTheFirstStartTagWhereverItIs() {
        // near misses before the tag: the marker's bytes, a longer name, no '<', text that ends in the marker
        String misses = "ergeCells mergeCell mergeCellsX <mergeCellsX mergeCells> <a:mergeCell sss ";
        for (int k = 0; k < 40; k++) {
            for (String tag : List.of("<mergeCells>", "<mergeCells count=\"1\">", "<x:mergeCells/>")) {
                String text = misses + "s".repeat(k) + "m".repeat(k % 7) + tag + " <mergeCells>";
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                int expected = (misses + "s".repeat(k) + "m".repeat(k % 7)).length();
                assertThat(XlsxMergeScanner.findStartTag(b, 0, b.length)).as("%d %s", k, tag).isEqualTo(expected);
                assertThat(XlsxMergeScanner.findStartTag(b, expected + tag.indexOf("mergeCells") + 1, b.length)).as("%d %s", k, tag)
                        .isEqualTo(text.lastIndexOf('<'));
            }
        }
        byte[] chinese = "单位名称mergeCells青岛<mergeCell".getBytes(StandardCharsets.UTF_8);
        assertThat(XlsxMergeScanner.findStartTag(chinese, 0, chinese.length)).isEqualTo(-1);
    }

    private static List<CellRangeAddress> scan(String xml) throws Exception {
        return XlsxMergeScanner.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static CellRangeAddress range(String ref) {
        return CellRangeAddress.valueOf(ref);
    }
}
