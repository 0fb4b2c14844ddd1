package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.inventory.CoverSheet;
import cn.qingdao.hrss.jiuye.inventory.Refusal;
import cn.qingdao.hrss.jiuye.statistics.StatisticsResult;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.validation.RowValidator;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.TableCursor;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The data rows of a submission's three subsidy sheets, one at a time (rules §3.2–3.4), then its
 * statistics sheet (rules §3.5), pulled from the workbook streaming: one row in memory at a time.
 *
 * <p>What refuses the file (rules §7) — it cannot be opened, a sheet or a column is missing, a sheet
 * cannot be parsed — is kept as a {@link Refusal}, and reading goes on to find every other refusal,
 * as the feedback lists them all: a sheet that cannot be read is left for the next one; after the
 * first refusal no further row is handed on (the submission will be refused as a whole). A failure
 * nobody foresaw refuses the file at once ({@link #abort}).
 *
 * <p>Its place — the sheet, the last row handed on, the rows and refusals so far — is saved in the
 * step's ExecutionContext with each chunk, so a restarted partition opens the file again and goes on
 * after the last committed row (the rows before it are parsed again, not handed on).
 */
public class SubmissionRowsReader implements ItemStreamReader<SheetRow> {

    static final String SHEET = "submissionRowsReader.sheet";
    static final String ROW = "submissionRowsReader.row";
    static final String ROWS = "submissionRowsReader.rows";
    static final String REFUSALS = "submissionRowsReader.refusals";
    private static final List<Subsidy> SHEETS = List.of(Subsidy.STARTUP, Subsidy.EMPLOYER, Subsidy.FLEXIBLE);

    private final SubmissionFiles.SubmissionFile source;
    private final String fileName;
    private ArrayList<Refusal> refusals = new ArrayList<>();
    private int sheet;
    private int row;
    private int rows;
    private boolean ended;
    private StatisticsResult statistics;
    private SubmissionWorkbook workbook;
    private TableCursor table;
    private int skipTo;

    /** @param file the submission's file in the inbox */
    public SubmissionRowsReader(Path file) {
        this(new SubmissionFiles.SubmissionFile(file.getFileName().toString(), () -> file, () -> { }));
    }

    /** @param source the submission's file, fetched when the reader opens and released when it closes */
    public SubmissionRowsReader(SubmissionFiles.SubmissionFile source) {
        this.source = source;
        this.fileName = source.name();
    }

    /** The five sheets of rules §3, cover first. */
    public static List<String> requiredSheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(CoverSheet.SHEET);
        for (Subsidy subsidy : SHEETS) {
            sheets.add(RowValidator.of(subsidy).sheet().name());
        }
        sheets.add(StatisticsSheet.SHEET.name());
        return sheets;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        boolean resumed = context.containsKey(SHEET);
        sheet = context.getInt(SHEET, 0);
        row = context.getInt(ROW, 0);
        rows = context.getInt(ROWS, 0);
        refusals = new ArrayList<>((List<Refusal>) context.get(REFUSALS, List.class, List.of()));
        skipTo = row;
        Path file = source.open();
        try {
            workbook = Workbooks.open(file);
            if (!resumed) {
                for (String name : requiredSheets()) {
                    if (!workbook.hasSheet(name)) {
                        refusals.add(Refusal.missingSheet(fileName, name, false));
                        ended = true;
                    }
                }
            }
        } catch (WorkbookException e) {
            refusals.add(Refusal.of(e));
            ended = true;
        } catch (RuntimeException e) {
            abort(e);
        }
    }

    @Override
    public SheetRow read() {
        try {
            while (!ended) {
                if (table == null && !openNextTable()) {
                    continue;
                }
                DataRow next = next();
                if (next == null) {
                    continue;
                }
                row = next.rowNumber();
                if (next.rowNumber() > skipTo && refusals.isEmpty()) {
                    rows++;
                    return new SheetRow(SHEETS.get(sheet), next);
                }
            }
        } catch (RuntimeException e) {
            abort(e);
        }
        return null;
    }

    /** Opens the table of the current sheet, or ends with the statistics sheet; false when there is none to read. */
    private boolean openNextTable() {
        if (sheet == SHEETS.size()) {
            readStatistics();
            ended = true;
            return false;
        }
        try {
            table = workbook.table(RowValidator.of(SHEETS.get(sheet)).sheet());
            return true;
        } catch (WorkbookException e) {
            refusals.add(Refusal.of(e));
            nextSheet();
            return false;
        }
    }

    /** The next data row of the current table; null when the table has ended (or cannot be read further). */
    private DataRow next() {
        try {
            DataRow next = table.next();
            if (next == null) {
                nextSheet();
            }
            return next;
        } catch (WorkbookException e) {
            refusals.add(Refusal.of(e));
            nextSheet();
            return null;
        }
    }

    private void nextSheet() {
        closeTable();
        sheet++;
        row = 0;
        skipTo = 0;
    }

    private void readStatistics() {
        try {
            statistics = StatisticsSheet.read(workbook);
        } catch (WorkbookException e) {
            refusals.add(Refusal.of(e));
        }
    }

    /**
     * A failure nobody foresaw while reading or checking the file (a crafted file meeting a library's
     * untested path): the file is refused as UNREADABLE_FILE at once, and no further row is read.
     */
    void abort(RuntimeException e) {
        refusals.add(Refusal.of(WorkbookException.unexpected(fileName, e)));
        ended = true;
        closeTable();
    }

    /** The reading has ended: every sheet was read, or the file was refused before that. */
    boolean ended() {
        return ended;
    }

    /** The refusals found, in the order found; empty when the file is accepted. */
    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** The data rows handed on. */
    int rows() {
        return rows;
    }

    /** The statistics sheet as read; null unless the reading has ended without a refusal. */
    StatisticsResult statistics() {
        return refusals.isEmpty() ? statistics : null;
    }

    String fileName() {
        return fileName;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SHEET, sheet);
        context.putInt(ROW, row);
        context.putInt(ROWS, rows);
        context.put(REFUSALS, new ArrayList<>(refusals));
    }

    @Override
    public void close() {
        closeTable();
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
        source.close();
    }

    private void closeTable() {
        if (table != null) {
            table.close();
            table = null;
        }
    }
}
