package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A legacy .xls (BIFF8) read through POI's HSSF (rules §3: older office suites still produce it).
 * HSSF loads the whole workbook, which is bounded: an .xls holds at most 65,536 rows per sheet.
 */
final class XlsSheetSource implements SheetSource {

    private final String fileName;
    private final HSSFWorkbook workbook;
    private final Map<String, HSSFSheet> sheets = new LinkedHashMap<>();

    XlsSheetSource(String fileName, HSSFWorkbook workbook) {
        this.fileName = fileName;
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.putIfAbsent(CellText.sheetName(workbook.getSheetName(i)), workbook.getSheetAt(i));
        }
    }

    /** Reads the workbook from an opened OLE2 file (the caller has ruled out encrypted OOXML). */
    static XlsSheetSource open(String fileName, POIFSFileSystem fs) throws IOException {
        return new XlsSheetSource(fileName, new HSSFWorkbook(fs.getRoot(), false));
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public RowCursor rows(String sheet) throws WorkbookException {
        try {
            HSSFSheet s = sheets.get(sheet);
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            RowCursor cells = new XlsSheetCursor(s, date1904);
            // HSSF may meet a crafted record only when a cell is read: the sheet is then unreadable
            RowCursor guarded = new RowCursor() {
                @Override
                public RawRow next() throws WorkbookException {
                    try {
                        return cells.next();
                    } catch (RuntimeException e) {
                        throw FileMessages.unreadableSheet(fileName, sheet, e);
                    }
                }

                @Override
                public void close() {
                    cells.close();
                }
            };
            return new MergedRowCursor(guarded, s.getMergedRegions());
        } catch (RuntimeException e) {
            throw FileMessages.unreadableSheet(fileName, sheet, e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing was written, nothing to recover
        }
    }
}
