package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The pre-pass over an .xlsx sheet part that collects its merge ranges: in the file
 * {@code <mergeCells>} comes after {@code <sheetData>}, but SPEC §3 needs a merge's value in
 * every row it spans while the rows stream by. Only the ranges are kept, never the rows.
 */
final class XlsxMergeScanner {

    private XlsxMergeScanner() {
    }

    static List<CellRangeAddress> scan(InputStream sheetPart) throws IOException, XMLStreamException {
        List<CellRangeAddress> merges = new ArrayList<>();
        try (InputStream in = sheetPart) {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                        String ref = xml.getAttributeValue(null, "ref");
                        CellRangeAddress range = parse(ref);
                        if (range != null) {
                            merges.add(range);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return merges;
    }

    private static CellRangeAddress parse(String ref) {
        if (ref == null || !ref.contains(":")) {
            return null;
        }
        try {
            return CellRangeAddress.valueOf(ref);
        } catch (IllegalArgumentException e) {
            return null; // a malformed range merges nothing
        }
    }
}
