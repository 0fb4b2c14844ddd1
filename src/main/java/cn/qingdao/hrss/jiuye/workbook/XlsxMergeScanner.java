package cn.qingdao.hrss.jiuye.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The pre-pass over an .xlsx sheet part that collects its merge ranges: in the file
 * {@code <mergeCells>} comes after {@code <sheetData>}, but rules §3 needs a merge's value in
 * every row it spans while the rows stream by. Only the ranges are kept, never the rows.
 *
 * <p>The sheet data is not parsed here: the bytes are searched for the {@code <mergeCells} start
 * tag (with or without a namespace prefix; markup, since text cannot hold a raw {@code <}), and
 * only from there on is the part read as XML, until that element ends. A sheet without merges
 * costs one decompression and a byte search instead of a second XML parse.
 */
final class XlsxMergeScanner {

    private static final byte[] MARKER = "mergeCells".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Bytes kept from one buffer to the next: the marker and a namespace prefix before it. */
    private static final int OVERLAP = 80;
    /** Horspool shifts: for the byte under the marker's last position, how far the search may move on. */
    private static final int[] SHIFT = shifts();

    private XlsxMergeScanner() {
    }

    static List<CellRangeAddress> scan(InputStream sheetPart) throws IOException, XMLStreamException {
        try (InputStream in = sheetPart) {
            byte[] buf = new byte[1 << 16];
            int len = 0;
            int searchFrom = 0;
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    return List.of();
                }
                len += n;
                if (len >= 2 && len == n && utf16(buf)) { // not what office software writes; parse it all
                    return parseWhole(new SequenceInputStream(new ByteArrayInputStream(buf, 0, len), in));
                }
                int start = findStartTag(buf, searchFrom, len);
                if (start >= 0) {
                    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, start, len - start), in);
                    return parse(rest);
                }
                if (len == buf.length) { // keep the tail: a tag may straddle the buffers
                    System.arraycopy(buf, len - OVERLAP, buf, 0, OVERLAP);
                    len = OVERLAP;
                    searchFrom = 0;
                } else {
                    searchFrom = Math.max(0, len - OVERLAP);
                }
            }
        }
    }

    private static boolean utf16(byte[] b) {
        return b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE
                || b[0] == 0 || b[1] == 0;
    }

    /** Every {@code mergeCell} of a whole sheet part, parsed as XML (a part in an encoding other than UTF-8). */
    private static List<CellRangeAddress> parseWhole(InputStream in) throws XMLStreamException {
        List<CellRangeAddress> merges = new ArrayList<>();
        XMLStreamReader xml = SafeXml.reader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                    CellRangeAddress range = range(SafeXml.attribute(xml, "ref"));
                    if (range != null) {
                        merges.add(range);
                    }
                }
            }
        } finally {
            xml.close();
        }
        return merges;
    }

    /**
     * The index of the {@code <} of a {@code <mergeCells} or {@code <prefix:mergeCells} start tag, or -1.
     * A Horspool search: the marker's last byte is compared first, and the byte found there says how
     * far the marker can move without passing an occurrence (up to its length, for a byte it lacks,
     * such as every byte of a Chinese character), so most bytes of the part are never looked at.
     */
    static int findStartTag(byte[] b, int from, int to) {
        int last = MARKER.length - 1;
        for (int i = from; i + MARKER.length < to; i += SHIFT[b[i + last] & 0xFF]) {
            if (!markerAt(b, i)) {
                continue;
            }
            byte after = b[i + MARKER.length];
            if (after != ' ' && after != '>' && after != '/' && after != '\t' && after != '\r' && after != '\n') {
                continue;
            }
            int lt = i - 1;
            if (lt >= 0 && b[lt] == ':') { // a prefix: name characters back to the '<'
                lt--;
                while (lt >= 0 && lt > i - OVERLAP && isNameByte(b[lt])) {
                    lt--;
                }
            }
            if (lt >= 0 && b[lt] == '<') {
                return lt;
            }
        }
        return -1;
    }

    /** True when the marker is at {@code b[i]}; compared from its end, the byte the search looked at. */
    private static boolean markerAt(byte[] b, int i) {
        for (int k = MARKER.length - 1; k >= 0; k--) {
            if (b[i + k] != MARKER[k]) {
                return false;
            }
        }
        return true;
    }

    /** The marker's length for a byte it lacks; for one of its bytes, that byte's distance from its end. */
    private static int[] shifts() {
        int[] shift = new int[256];
        Arrays.fill(shift, MARKER.length);
        for (int k = 0; k < MARKER.length - 1; k++) {
            shift[MARKER[k] & 0xFF] = MARKER.length - 1 - k;
        }
        return shift;
    }

    private static boolean isNameByte(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    /**
     * Reads the {@code mergeCells} element the stream starts with (namespaces off: the prefix is unbound here).
     * The JDK parser, not aalto ({@link SafeXml}), which has no namespace-unaware mode; this is a few
     * hundred bytes per sheet at most, so its speed does not matter.
     */
    private static List<CellRangeAddress> parse(InputStream in) throws XMLStreamException {
        List<CellRangeAddress> merges = new ArrayList<>();
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        XMLStreamReader xml = f.createXMLStreamReader(in, "UTF-8"); // a fragment: no XML declaration to say so
        try {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && isMergeCell(xml.getLocalName())) {
                        CellRangeAddress range = range(xml.getAttributeValue(null, "ref"));
                        if (range != null) {
                            merges.add(range);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                    break; // end of <mergeCells>: the rest of the part is not read
                }
            }
        } finally {
            xml.close();
        }
        return merges;
    }

    private static boolean isMergeCell(String name) {
        return name.equals("mergeCell") || name.endsWith(":mergeCell");
    }

    private static CellRangeAddress range(String ref) {
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
