package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An .xlsx opened for streaming (rules §3): the package read-only through POI's {@link OPCPackage}
 * (its zip-bomb guard, {@code ZipSecureFile}, stays on), sheet names and parts from
 * {@link XSSFReader}, styles and shared strings loaded once, each sheet's XML scanned by
 * {@link XlsxSheetScanner} (or, in an encoding or XML version no office suite writes, parsed by
 * {@link XlsxSheetCursor}). Never builds an {@code XSSFWorkbook}, which would hold every row.
 */
final class XlsxSheetSource implements SheetSource {

    private final String fileName;
    private final OPCPackage pkg;
    private final Map<String, PackagePart> parts;
    private final SharedStringLookup sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;
    private final Map<String, List<CellRangeAddress>> merges = new HashMap<>();

    private XlsxSheetSource(String fileName, OPCPackage pkg, Map<String, PackagePart> parts,
                            SharedStringLookup sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.fileName = fileName;
        this.pkg = pkg;
        this.parts = parts;
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /** Opens the package; any failure (not OOXML, corrupt, zip bomb) is UNREADABLE_FILE. */
    static XlsxSheetSource open(Path file) throws WorkbookException {
        String fileName = file.getFileName().toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw FileMessages.unreadablePackage(fileName, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, PackagePart> parts = new LinkedHashMap<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                parts.putIfAbsent(CellText.sheetName(sheets.getSheetName()), sheets.getSheetPart());
            }
            boolean date1904 = isDate1904(reader.getWorkbookData());
            DateStyles dateStyles = new DateStyles(reader.getStylesTable());
            return new XlsxSheetSource(fileName, pkg, parts, SharedStringLookup.of(pkg), dateStyles, date1904);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw FileMessages.unreadablePackage(fileName, e);
        }
    }

    /** {@code <workbookPr date1904="1"/>}: dates counted from 1904 (old Mac files). */
    private static boolean isDate1904(InputStream workbookPart) throws IOException, XMLStreamException {
        try (InputStream in = workbookPart) {
            XMLStreamReader xml = SafeXml.reader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String v = SafeXml.attribute(xml, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(parts.keySet());
    }

    @Override
    public RowCursor rows(String sheet) throws WorkbookException {
        PackagePart part = parts.get(sheet);
        try {
            List<CellRangeAddress> ranges = merges.get(sheet);
            if (ranges == null) {
                ranges = XlsxMergeScanner.scan(part.getInputStream());
                merges.put(sheet, ranges);
            }
            InputStream in = part.getInputStream();
            try {
                XlsxCellDecoder cells = new XlsxCellDecoder(sharedStrings::get, dateStyles, date1904);
                return new MergedRowCursor(XlsxSheetScanner.open(fileName, sheet, in, cells), ranges);
            } catch (XMLStreamException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw FileMessages.unreadableSheet(fileName, sheet, e);
        }
    }

    @Override
    public void close() {
        sharedStrings.close(); // removes its temporary files, if it spilled
        pkg.revert(); // opened read-only: release the file without writing anything back
    }
}
