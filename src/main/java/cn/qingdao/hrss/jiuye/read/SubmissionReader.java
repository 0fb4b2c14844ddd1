package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.inventory.CoverSheet;
import cn.qingdao.hrss.jiuye.inventory.SubmissionInventory;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRecord;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRepository;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.support.text.LogText;
import cn.qingdao.hrss.jiuye.PipelineProperties;
import cn.qingdao.hrss.jiuye.support.console.Progress;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.statistics.StatisticsReader;
import cn.qingdao.hrss.jiuye.statistics.StatisticsResult;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.validation.EmployerRowValidator;
import cn.qingdao.hrss.jiuye.validation.FlexibleRowValidator;
import cn.qingdao.hrss.jiuye.validation.StartupRowValidator;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one district submission (one partition of the read step): every data row of the three
 * subsidy sheets, validated field by field (rules §4, §5.4) and stored typed; the statistics sheet
 * checked (rules §7). A missing sheet or column refuses the submission (rules §7) and nothing of it
 * is kept. Reading is all-or-nothing per submission: a restart reads the file again from the start.
 */
@Component
public class SubmissionReader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionReader.class);

    private final SubmissionRepository submissions;
    private final ApplicationStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int chunkSize;

    public SubmissionReader(SubmissionRepository submissions, ApplicationStore store, JdbcTemplate jdbc,
                            TransactionTemplate tx, PipelineProperties properties, Sequences database) {
        this.submissions = submissions;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.chunkSize = properties.chunkSize(database.postgres());
    }

    public void read(long submissionId, Quarter quarter, Path inbox) {
        SubmissionRecord s = submissions.get(submissionId);
        String district = s.districtCode();
        store.clear(submissionId);
        List<WorkbookException> problems = new ArrayList<>();
        int rows = 0;
        String statsStatus = null;
        try (SubmissionWorkbook workbook = Workbooks.open(inbox.resolve(s.fileName()))) {
            for (String sheet : requiredSheets()) {
                if (!workbook.hasSheet(sheet)) {
                    problems.add(new WorkbookException(ReasonCode.MISSING_SHEET, sheet, "sheet " + sheet + " is missing",
                            "文件“" + s.fileName() + "”缺少工作表“" + sheet + "”；请使用统一模板填报后重新报送"));
                }
            }
            if (problems.isEmpty()) {
                ApplicationStore.Batch batch = store.batch(submissionId, district, chunkSize);
                var startup = new StartupRowValidator();
                var employer = new EmployerRowValidator();
                var flexible = new FlexibleRowValidator();
                rows += readSheet(workbook, StartupRowValidator.SHEET, district, problems,
                        row -> batch.add(startup.read(row, quarter)));
                rows += readSheet(workbook, EmployerRowValidator.SHEET, district, problems,
                        row -> batch.add(employer.read(row, quarter)));
                rows += readSheet(workbook, FlexibleRowValidator.SHEET, district, problems,
                        row -> batch.add(flexible.read(row, quarter)));
                batch.flush();
                StatisticsReader stats = new StatisticsReader();
                readSheet(workbook, StatisticsSheet.SHEET, district, problems, stats);
                if (problems.isEmpty()) {
                    statsStatus = storeStatistics(submissionId, stats.result());
                }
            }
        } catch (WorkbookException e) {
            problems.add(e);
        } catch (DataAccessException | TransactionException e) {
            throw e; // the database, not the file: the run fails and is restarted
        } catch (RuntimeException e) {
            problems.add(WorkbookException.unexpected(s.fileName(), e));
        }
        if (problems.isEmpty()) {
            int read = rows;
            String stats = statsStatus;
            tx.executeWithoutResult(t -> submissions.finishReading(submissionId, SubmissionRecord.ACCEPTED,
                    errorCodesOfStatistics(submissionId), stats, read));
            log.info("{} {}: accepted, {} data rows; statistics {}", quarter, district, String.format("%,d", rows), statsStatus);
        } else {
            store.clear(submissionId);
            TreeSet<ReasonCode> codes = new TreeSet<>();
            tx.executeWithoutResult(t -> {
                for (WorkbookException p : problems) {
                    codes.add(p.code());
                    submissions.addError(submissionId, p.code(), p.sheet(), null, null, null, p.getMessage(), p.messageZh());
                }
                submissions.finishReading(submissionId, SubmissionRecord.REJECTED, SubmissionInventory.join(codes), null, 0);
            });
            for (WorkbookException p : problems) {
                log.warn("{} {}: '{}' refused ({}): {}", quarter, district, LogText.printable(s.fileName()), p.code(),
                        LogText.printable(p.getMessage()));
            }
        }
    }

    /** The five sheets of rules §3, cover first. */
    public static List<String> requiredSheets() {
        return List.of(CoverSheet.SHEET, StartupRowValidator.SHEET.name(), EmployerRowValidator.SHEET.name(),
                FlexibleRowValidator.SHEET.name(), StatisticsSheet.SHEET.name());
    }

    private static int readSheet(SubmissionWorkbook workbook, SheetSpec spec, String district,
                                 List<WorkbookException> problems, Consumer<DataRow> rows) {
        Progress progress = new Progress(log, district + " " + spec.name());
        try {
            workbook.readTable(spec, row -> {
                rows.accept(row);
                progress.add(1);
            });
            progress.done();
        } catch (WorkbookException e) {
            problems.add(e);
        }
        return (int) progress.rows();
    }

    /** Stores the statistics sheet and its errors (rules §7); returns ACCEPTED or REJECTED. */
    private String storeStatistics(long submissionId, StatisticsResult result) {
        tx.executeWithoutResult(t -> {
            for (var e : result.values().entrySet()) {
                var v = e.getValue();
                jdbc.update("INSERT INTO statistic_input (submission_id, indicator, month1, month2, month3, total) VALUES (?, ?, ?, ?, ?, ?)",
                        submissionId, e.getKey().code(), v.month1(), v.month2(), v.month3(), v.total());
            }
            for (var err : result.errors()) {
                Indicator indicator = err.indicator();
                submissions.addError(submissionId, err.code(), StatisticsSheet.SHEET.name(),
                        err.rowNumber() == 0 ? null : err.rowNumber(), err.columnLetter(), err.value(),
                        indicator == null ? "" : indicator.label() + (err.column() == null ? "" : " " + err.column()));
            }
        });
        return result.errors().isEmpty() ? SubmissionRecord.ACCEPTED : SubmissionRecord.REJECTED;
    }

    private String errorCodesOfStatistics(long submissionId) {
        List<String> codes = jdbc.queryForList(
                "SELECT DISTINCT code FROM submission_error WHERE submission_id = ? ORDER BY code", String.class, submissionId);
        return codes.isEmpty() ? null : String.join(";", codes);
    }
}
