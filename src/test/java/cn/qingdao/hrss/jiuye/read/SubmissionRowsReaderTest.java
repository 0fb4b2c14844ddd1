package cn.qingdao.hrss.jiuye.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.inventory.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The pull reader of a submission's rows: every data row of the three subsidy sheets in order, a
 * restart from the position saved in the ExecutionContext, and the refusals of rules §7 found while
 * reading.
 */
class SubmissionRowsReaderTest {

    /** 38 start-up, 25 employer and 28 flexible data rows (the golden decisions of the fixture quarter). */
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/2025Q3/inbox/370202_2025Q3.xlsx");

    @TempDir
    Path dir;

    @Test
    void readsEveryDataRowOfTheThreeSheetsInOrderThenTheStatistics() {
        SubmissionRowsReader reader = opened(FIXTURE, new ExecutionContext());

        List<SheetRow> rows = readAll(reader, Integer.MAX_VALUE);

        assertThat(rows).extracting(SheetRow::subsidy).containsSubsequence(Subsidy.STARTUP, Subsidy.EMPLOYER, Subsidy.FLEXIBLE);
        assertThat(rows.stream().filter(r -> r.subsidy() == Subsidy.STARTUP)).hasSize(38);
        assertThat(rows.stream().filter(r -> r.subsidy() == Subsidy.EMPLOYER)).hasSize(25);
        assertThat(rows.stream().filter(r -> r.subsidy() == Subsidy.FLEXIBLE)).hasSize(28);
        assertThat(reader.ended()).isTrue();
        assertThat(reader.rows()).isEqualTo(91);
        assertThat(reader.refusals()).isEmpty();
        assertThat(reader.statistics().valid()).isTrue();
        reader.close();
    }

    @Test
    void aRestartedReaderGoesOnAfterTheLastRowOfTheCommittedChunk() {
        List<SheetRow> uninterrupted = readAll(opened(FIXTURE, new ExecutionContext()), Integer.MAX_VALUE);
        SubmissionRowsReader killed = opened(FIXTURE, new ExecutionContext());
        List<SheetRow> before = readAll(killed, 50); // into the employer sheet
        ExecutionContext committed = new ExecutionContext();
        killed.update(committed);
        killed.close();

        SubmissionRowsReader restarted = opened(FIXTURE, committed);
        List<SheetRow> after = readAll(restarted, Integer.MAX_VALUE);

        assertThat(before.get(49).subsidy()).isEqualTo(Subsidy.EMPLOYER);
        assertThat(after).hasSize(41);
        List<SheetRow> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).isEqualTo(uninterrupted);
        assertThat(restarted.rows()).isEqualTo(91);
        restarted.close();
    }

    @Test
    void aMissingSheetRefusesTheFileBeforeAnyRowIsRead() throws IOException {
        Path file = edited(wb -> wb.removeSheetAt(wb.getSheetIndex("就业统计")));
        SubmissionRowsReader reader = opened(file, new ExecutionContext());

        assertThat(reader.read()).isNull();

        assertThat(reader.ended()).isTrue();
        assertThat(reader.refusals()).extracting(Refusal::code, Refusal::sheet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_SHEET, "就业统计"));
        reader.close();
    }

    @Test
    void aMissingColumnStopsHandingOnRowsAndTheOtherSheetsAreStillChecked() throws IOException {
        Path file = edited(wb -> blank(wb, "吸纳就业社保补贴", "补贴终止月"));
        SubmissionRowsReader reader = opened(file, new ExecutionContext());

        List<SheetRow> rows = readAll(reader, Integer.MAX_VALUE);

        assertThat(rows).hasSize(38).allMatch(r -> r.subsidy() == Subsidy.STARTUP);
        assertThat(reader.ended()).isTrue();
        assertThat(reader.refusals()).extracting(Refusal::code).containsExactly(ReasonCode.MISSING_COLUMN);
        assertThat(reader.refusals().get(0).message()).contains("补贴终止月");
        assertThat(reader.statistics()).isNull();
        reader.close();
    }

    private static SubmissionRowsReader opened(Path file, ExecutionContext context) {
        SubmissionRowsReader reader = new SubmissionRowsReader(file);
        reader.open(context);
        return reader;
    }

    private static List<SheetRow> readAll(SubmissionRowsReader reader, int max) {
        List<SheetRow> rows = new ArrayList<>();
        SheetRow row;
        while (rows.size() < max && (row = reader.read()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private Path edited(java.util.function.Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve(FIXTURE.getFileName());
        try (InputStream in = Files.newInputStream(FIXTURE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void blank(XSSFWorkbook wb, String sheet, String header) {
        for (Row row : wb.getSheet(sheet)) {
            for (Cell cell : row) {
                if (header.equals(cell.toString().trim())) {
                    cell.setBlank();
                    return;
                }
            }
        }
        throw new IllegalStateException("no header " + header + " in " + sheet);
    }
}
