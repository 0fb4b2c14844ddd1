package cn.qingdao.hrss.jiuye.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticQuarterTest {

    private static final Quarter Q = Quarter.parse("2025Q1");
    private static final Path REGISTRY = Path.of("data/reference/districts.csv");
    private static final List<String> SHEETS = List.of("一次性创业补贴", "吸纳就业社保补贴", "灵活就业社保补贴");

    @TempDir
    Path dir;

    @Test
    void writesTenXlsxWorkbooksWithNDataRowsEachAndIdsAsText() throws IOException {
        List<Path> files = SyntheticQuarter.write(Q, 500, dir, SyntheticQuarter.Format.XLSX, 42, REGISTRY);

        assertThat(files).hasSize(10).allMatch(f -> f.getFileName().toString().endsWith("_2025Q1.xlsx"));
        for (Path f : files) {
            assertThat(dataRows(f)).isEqualTo(500);
            assertThat(textIdShare(f)).isGreaterThan(0.9);
        }
    }

    @Test
    void writesXlsWhenTheRowsFit() throws IOException {
        List<Path> files = SyntheticQuarter.write(Q, 500, dir, SyntheticQuarter.Format.XLS, 42, REGISTRY);

        assertThat(files).hasSize(10).allMatch(f -> f.getFileName().toString().endsWith(".xls"));
        assertThat(dataRows(files.get(0))).isEqualTo(500);
    }

    @Test
    void sameSeedGivesSameCells() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        List<Path> fa = SyntheticQuarter.write(Q, 300, a, SyntheticQuarter.Format.XLSX, 7, REGISTRY);
        List<Path> fb = SyntheticQuarter.write(Q, 300, b, SyntheticQuarter.Format.XLSX, 7, REGISTRY);
        for (int i = 0; i < fa.size(); i++) {
            assertThat(WorkbookDump.cells(fb.get(i))).isEqualTo(WorkbookDump.cells(fa.get(i)));
        }
    }

    @Test
    void refusesXlsAboveTheSheetLimitBeforeWritingAnything() throws IOException {
        int tooMany = SyntheticQuarter.maxXlsRowsPerDistrict() + 1;
        assertThatThrownBy(() -> SyntheticQuarter.write(Q, tooMany, dir, SyntheticQuarter.Format.XLS, 1, REGISTRY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65,536");
        assertThatThrownBy(() -> SyntheticQuarter.write(Q, 1_000_000, dir, SyntheticQuarter.Format.XLS, 1, REGISTRY))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isZero();
        }
        assertThat(SyntheticQuarter.maxXlsRowsPerDistrict()).isBetween(180_000, 190_000);
    }

    /** Data rows of the three subsidy sheets: every row below the header (row 2). */
    private static int dataRows(Path file) throws IOException {
        int n = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (String name : SHEETS) {
                Sheet sheet = wb.getSheet(name);
                for (Row row : sheet) {
                    n += row.getRowNum() >= 2 ? 1 : 0;
                }
            }
        }
        return n;
    }

    private static double textIdShare(Path file) throws IOException {
        int text = 0;
        int all = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (String name : SHEETS) {
                Sheet sheet = wb.getSheet(name);
                int col = -1;
                for (Cell c : sheet.getRow(1)) {
                    col = c.getStringCellValue().equals("身份证号") ? c.getColumnIndex() : col;
                }
                for (Row row : sheet) {
                    Cell c = row.getRowNum() >= 2 ? row.getCell(col) : null;
                    if (c != null) {
                        all++;
                        text += c.getCellType() == CellType.STRING ? 1 : 0;
                    }
                }
            }
        }
        return (double) text / all;
    }
}
