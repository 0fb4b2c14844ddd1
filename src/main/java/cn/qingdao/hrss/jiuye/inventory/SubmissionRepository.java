package cn.qingdao.hrss.jiuye.inventory;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code submission}, {@code run_submission} and {@code submission_error} tables. */
@Component
public class SubmissionRepository {

    private final JdbcClient jdbc;
    private final Sequences sequences;

    public SubmissionRepository(JdbcClient jdbc, Sequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    /** The latest record of the same file (same quarter, name and SHA-256): an unchanged file is not read again. */
    public Optional<SubmissionRecord> findSameFile(String quarter, String fileName, String sha256) {
        return jdbc.sql("""
                SELECT id, quarter, district_code, file_name, sha256, file_size, status, error_codes
                FROM submission WHERE quarter = ? AND file_name = ? AND sha256 = ?
                ORDER BY id DESC""")
                .params(quarter, fileName, sha256)
                .query(SubmissionRepository::record).list().stream().findFirst();
    }

    public SubmissionRecord insert(String quarter, String districtCode, String fileName, String sha256, long size,
                                   String status, String errorCodes) {
        long id = sequences.next("submission_seq");
        jdbc.sql("""
                INSERT INTO submission (id, quarter, district_code, file_name, sha256, file_size, status, error_codes, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, quarter, districtCode, fileName, sha256, size, status, errorCodes, Timestamp.from(Instant.now()))
                .update();
        return new SubmissionRecord(id, quarter, districtCode, fileName, sha256, size, status, errorCodes);
    }

    public void addError(long submissionId, ReasonCode code, String sheet, Integer row, String column, String value, String message) {
        addError(submissionId, code, sheet, row, column, value, message, null);
    }

    /** An error with its English {@code message} (log, status) and Chinese {@code messageZh} (feedback workbook). */
    public void addError(long submissionId, ReasonCode code, String sheet, Integer row, String column, String value,
                         String message, String messageZh) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM submission_error WHERE submission_id = ?")
                .param(submissionId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO submission_error (submission_id, seq, code, sheet, row_number, column_name, cell_value, message,
                  message_zh)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(submissionId, seq, code.name(), truncate(sheet, 100), row, column, truncate(value, 300),
                        truncate(message, 1000), truncate(messageZh, 1000))
                .update();
    }

    public void finishReading(long submissionId, String status, String errorCodes, String statsStatus, int rowsRead) {
        jdbc.sql("""
                UPDATE submission SET status = ?, error_codes = ?, stats_status = ?, rows_read = ?, read_at = ?
                WHERE id = ?""")
                .params(status, errorCodes, statsStatus, rowsRead, Timestamp.from(Instant.now()), submissionId)
                .update();
    }

    public SubmissionRecord get(long id) {
        return jdbc.sql("""
                SELECT id, quarter, district_code, file_name, sha256, file_size, status, error_codes
                FROM submission WHERE id = ?""").param(id).query(SubmissionRepository::record).single();
    }

    /**
     * A {@code submission} row by column name. Not Spring's mapping by property: it first asks for
     * {@code districtCode}, which H2's driver logs as an exception to {@code var/db/jiuye.trace.db}
     * on every call.
     */
    private static SubmissionRecord record(ResultSet rs, int rowNum) throws SQLException {
        return new SubmissionRecord(rs.getLong("id"), rs.getString("quarter"), rs.getString("district_code"),
                rs.getString("file_name"), rs.getString("sha256"), rs.getLong("file_size"), rs.getString("status"),
                rs.getString("error_codes"));
    }

    public void replaceRunSubmissions(long runId, List<RunEntry> entries) {
        jdbc.sql("DELETE FROM run_submission WHERE run_id = ?").param(runId).update();
        for (RunEntry e : entries) {
            jdbc.sql("INSERT INTO run_submission (run_id, submission_id, duplicate) VALUES (?, ?, ?)")
                    .params(runId, e.submissionId(), e.duplicate()).update();
        }
    }

    /** Submissions of a run that still have to be read (not refused as duplicates). */
    public List<Long> pendingOfRun(long runId) {
        return jdbc.sql("""
                SELECT s.id FROM submission s JOIN run_submission rs ON rs.submission_id = s.id
                WHERE rs.run_id = ? AND s.status = 'PENDING' AND rs.duplicate = FALSE ORDER BY s.district_code, s.id""")
                .param(runId).query(Long.class).list();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A submission's place in a run. */
    public record RunEntry(long submissionId, boolean duplicate) {
    }
}
