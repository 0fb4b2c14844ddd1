package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules §3: a sheet may hold a very large number of rows; it is read streaming, one row at a time. */
class LargeSheetStreamingTest {

    private static final int DATA_ROWS = 200_000;
    private static final SheetSpec SPEC = new SheetSpec("灵活就业社保补贴", List.of("姓名", "身份证号", "月实缴社保金额"));

    @TempDir
    Path dir;

    @Test
    void streamsEveryRowOfA200000RowSheet() throws Exception {
        Path file = dir.resolve("370285_2025Q3.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(SPEC.name());
            sheet.createRow(0).createCell(0).setCellValue("2025年第三季度灵活就业社保补贴汇总表");
            Row header = sheet.createRow(1);
            String[] labels = {"序号", "姓名", "身份证号", "月实缴社保金额"};
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            for (int n = 1; n <= DATA_ROWS; n++) {
                Row row = sheet.createRow(n + 1);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue("姓名" + n);
                row.createCell(2).setCellValue(String.format("370285%012d", n));
                row.createCell(3).setCellValue(500 + n % 1000 / 100.0);
            }
            wb.write(out);
        }

        AtomicInteger count = new AtomicInteger();
        AtomicReference<DataRow> last = new AtomicReference<>();
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            wb.readTable(SPEC, row -> {
                count.incrementAndGet();
                last.set(row);
            });
        }

        assertThat(count.get()).isEqualTo(DATA_ROWS);
        assertThat(last.get().rowNumber()).isEqualTo(DATA_ROWS + 2);
        assertThat(last.get().cells()).containsExactly(RawCell.text(1, "姓名200000"),
                RawCell.text(2, "370285000000200000"), RawCell.number(3, 500));
    }
}
