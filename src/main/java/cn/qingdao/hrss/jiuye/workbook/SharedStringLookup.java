package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.SAXException;

/**
 * The shared-strings table of an .xlsx ({@code t="s"} cells), read as plain text without phonetic
 * runs.
 *
 * <p>For now this holds POI's {@link ReadOnlySharedStringsTable}, i.e. every unique string in memory:
 * the one part of .xlsx reading whose memory grows with the data. It is isolated here so that it can
 * be replaced by a disk-backed table (e.g. strings spilled to a memory-mapped file with an offset
 * index) without touching the sheet parser; nothing else depends on POI's class.
 */
final class SharedStringLookup {

    private final ReadOnlySharedStringsTable table;

    private SharedStringLookup(ReadOnlySharedStringsTable table) {
        this.table = table;
    }

    static SharedStringLookup of(OPCPackage pkg) throws IOException, SAXException {
        return new SharedStringLookup(new ReadOnlySharedStringsTable(pkg, false));
    }

    /** The string at {@code index}, or null when the file refers to a string it does not have. */
    String get(int index) {
        if (index < 0 || index >= table.getUniqueCount()) {
            return null;
        }
        return table.getItemAt(index).getString();
    }
}
