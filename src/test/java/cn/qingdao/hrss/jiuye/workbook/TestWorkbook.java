package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small district workbooks with POI's user model, in either format, for tests. */
final class TestWorkbook implements AutoCloseable {

    enum Format {
        XLSX(".xlsx"), XLS(".xls");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** A formula with the value the office suite cached for it. */
    record Formula(String formula) {
    }

    /** A date written as a date-formatted number. */
    record DateValue(LocalDate date) {
    }

    final Workbook workbook;
    private final Format format;
    private final CellStyle dateStyle;

    TestWorkbook(Format format) {
        this.format = format;
        this.workbook = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        return sheet != null ? sheet : workbook.createSheet(name);
    }

    /** Writes {@code values} into row {@code rowNumber} (1-based, as Excel shows it), from column A. */
    TestWorkbook row(String sheet, int rowNumber, Object... values) {
        Row row = sheet(sheet).createRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof DateValue d) {
                cell.setCellValue(d.date());
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
            } else {
                throw new IllegalArgumentException("unsupported test value " + v);
            }
        }
        return this;
    }

    /** Merges a range such as {@code B4:B6}. */
    TestWorkbook merge(String sheet, String range) {
        sheet(sheet).addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Caches every formula's result, as an office suite does when it saves. */
    TestWorkbook evaluateFormulas() {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return this;
    }

    Path writeTo(Path dir, String baseName) throws IOException {
        Path file = dir.resolve(baseName + format.extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
