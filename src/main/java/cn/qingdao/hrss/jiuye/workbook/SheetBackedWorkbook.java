package cn.qingdao.hrss.jiuye.workbook;

import java.util.List;
import java.util.function.Consumer;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * A {@link SubmissionWorkbook} over a {@link SheetSource} of either format: sheets found by name
 * (rules §3, {@link Text#sheetName}), rows streamed one at a time, tables read by {@link TableCursor}.
 */
final class SheetBackedWorkbook implements SubmissionWorkbook {

    private final SheetSource source;

    SheetBackedWorkbook(SheetSource source) {
        this.source = source;
    }

    @Override
    public List<String> sheetNames() {
        return source.sheetNames();
    }

    /** Matches the name as rules §3 does (trimmed, full-width folded). */
    @Override
    public boolean hasSheet(String name) {
        return source.sheetNames().contains(Text.sheetName(name));
    }

    @Override
    public void readRows(String sheet, Consumer<RawRow> rows) throws WorkbookException {
        try (RowCursor cursor = open(sheet)) {
            RawRow row;
            while ((row = cursor.next()) != null) {
                rows.accept(row);
            }
        }
    }

    @Override
    public TableCursor table(SheetSpec spec) throws WorkbookException {
        return TableCursor.open(spec, open(spec.name()));
    }

    private RowCursor open(String sheet) throws WorkbookException {
        String name = Text.sheetName(sheet);
        if (!source.sheetNames().contains(name)) {
            throw FileMessages.missingSheet(source.fileName(), name);
        }
        return source.rows(name);
    }

    @Override
    public void close() {
        source.close();
    }
}
