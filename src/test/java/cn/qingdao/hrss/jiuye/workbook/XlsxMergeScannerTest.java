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

    private static List<CellRangeAddress> scan(String xml) throws Exception {
        return XlsxMergeScanner.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static CellRangeAddress range(String ref) {
        return CellRangeAddress.valueOf(ref);
    }
}
