package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.inventory.Refusal;
import cn.qingdao.hrss.jiuye.inventory.SubmissionInventory;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRecord;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRepository;
import cn.qingdao.hrss.jiuye.statistics.StatisticsResult;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import cn.qingdao.hrss.jiuye.support.text.LogText;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How reading a submission ended (rules §7), recorded once its {@link SubmissionRowsReader} has ended:
 * <ul>
 *   <li>ACCEPTED: its statistics sheet stored with its errors (which reject the statistics, not the
 *       submission), and the number of data rows read;</li>
 *   <li>REJECTED, when the file was refused: every refusal as a submission error, and whatever of it
 *       was staged removed.</li>
 * </ul>
 * It is recorded in {@link #update}, the callback Spring Batch makes inside each chunk's transaction
 * after the chunk is written: the outcome commits with the partition's last rows and the reader's
 * final position, and a submission is never left half-finished — read again on restart while it is
 * still to be read, never once it has its outcome. A refused submission ends its partition with the
 * exit status {@code REJECTED} (the partition still completes, and the job goes on).
 */
public class SubmissionOutcome implements ItemStream, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionOutcome.class);

    /** The exit status of a partition whose submission was refused. */
    public static final String REJECTED = "REJECTED";

    private final SubmissionRowsReader reader;
    private final ApplicationStore store;
    private final SubmissionRepository submissions;
    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final String district;
    private final Quarter quarter;
    private List<Refusal> recorded;

    public SubmissionOutcome(SubmissionRowsReader reader, ApplicationStore store, SubmissionRepository submissions,
                             JdbcTemplate jdbc, long submissionId, String district, Quarter quarter) {
        this.reader = reader;
        this.store = store;
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.submissionId = submissionId;
        this.district = district;
        this.quarter = quarter;
    }

    @Override
    public void update(ExecutionContext context) {
        if (recorded == null && reader.ended()) {
            List<Refusal> refusals = reader.refusals();
            if (refusals.isEmpty()) {
                accept(reader.rows(), reader.statistics());
            } else {
                reject(refusals);
            }
            recorded = refusals;
        }
    }

    private void accept(int rows, StatisticsResult statistics) {
        String statisticsStatus = storeStatistics(statistics);
        submissions.finishReading(submissionId, SubmissionRecord.ACCEPTED, errorCodesOfStatistics(), statisticsStatus, rows);
        log.info("{} {}: accepted, {} data rows; statistics {}", quarter, district, String.format("%,d", rows), statisticsStatus);
    }

    private void reject(List<Refusal> refusals) {
        store.clear(submissionId);
        TreeSet<ReasonCode> codes = new TreeSet<>();
        for (Refusal r : refusals) {
            codes.add(r.code());
            submissions.addError(submissionId, r.code(), r.sheet(), null, null, null, r.message(), r.messageZh());
        }
        submissions.finishReading(submissionId, SubmissionRecord.REJECTED, SubmissionInventory.join(codes), null, 0);
        for (Refusal r : refusals) {
            log.warn("{} {}: '{}' refused ({}): {}", quarter, district, LogText.printable(reader.fileName()), r.code(),
                    LogText.printable(r.message()));
        }
    }

    /** Stores the statistics sheet and its errors (rules §7); returns ACCEPTED or REJECTED. */
    private String storeStatistics(StatisticsResult result) {
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
        return result.errors().isEmpty() ? SubmissionRecord.ACCEPTED : SubmissionRecord.REJECTED;
    }

    private String errorCodesOfStatistics() {
        List<String> codes = jdbc.queryForList(
                "SELECT DISTINCT code FROM submission_error WHERE submission_id = ? ORDER BY code", String.class, submissionId);
        return codes.isEmpty() ? null : String.join(";", codes);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (recorded == null || recorded.isEmpty()) {
            return null; // the step's own exit status
        }
        TreeSet<ReasonCode> codes = new TreeSet<>();
        recorded.forEach(r -> codes.add(r.code()));
        return new ExitStatus(REJECTED, SubmissionInventory.join(codes));
    }
}
