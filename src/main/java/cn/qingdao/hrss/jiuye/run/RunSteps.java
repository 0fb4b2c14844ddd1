package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.job.RunParameters;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import cn.qingdao.hrss.jiuye.read.ReadStepConfiguration;
import cn.qingdao.hrss.jiuye.read.ReadingProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the job repository records of a run's steps ({@code BATCH_STEP_EXECUTION}): every execution of
 * every step and partition, over all the job executions of the run (a restarted run has several),
 * with Spring Batch's own counts.
 */
@Component
public class RunSteps {

    /** How Spring Batch stores an ExecutionContext (its default, which the pipeline keeps). */
    private static final DefaultExecutionContextSerializer SERIALIZER = new DefaultExecutionContextSerializer();

    private final JdbcTemplate jdbc;

    public RunSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One execution of a step or partition, e.g. {@code readSubmissionStep:370202}; {@code readBy} the process that
     * read a read partition, {@code pid@host} (the job's own process or a worker), else null; {@code jobReadBy} where
     * the job execution reads its partitions, {@code threads} or {@code workers} (its job parameter {@code readBy}).
     */
    record StepRow(long jobExecutionId, String jobStatus, String name, String status, String exitCode, long read,
                   long written, long filtered, long commits, long rollbacks, Duration time, String readBy,
                   String jobReadBy) {

        /** The partition's name (a district, a subsidy) for a partition, else null. */
        String partition() {
            int colon = name.indexOf(':');
            return colon < 0 ? null : name.substring(colon + 1);
        }
    }

    /** The step executions of run {@code runId}, in the order they were created. */
    List<StepRow> of(long runId) {
        return jdbc.query("""
                SELECT e.JOB_EXECUTION_ID, e.STATUS, s.STEP_NAME, s.STATUS, s.EXIT_CODE, s.READ_COUNT, s.WRITE_COUNT,
                       s.FILTER_COUNT, s.COMMIT_COUNT, s.ROLLBACK_COUNT, s.START_TIME, s.END_TIME,
                       COALESCE(c.SERIALIZED_CONTEXT, c.SHORT_CONTEXT), b.PARAMETER_VALUE
                FROM BATCH_STEP_EXECUTION s
                LEFT JOIN BATCH_STEP_EXECUTION_CONTEXT c ON c.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID
                    AND s.STEP_NAME LIKE ?
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = 'quarterlyJob'
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                LEFT JOIN BATCH_JOB_EXECUTION_PARAMS b ON b.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND b.PARAMETER_NAME = ?
                WHERE p.PARAMETER_NAME = 'run' AND p.PARAMETER_VALUE = ?
                ORDER BY s.STEP_EXECUTION_ID""",
                (rs, i) -> new StepRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        duration(rs.getTimestamp(11), rs.getTimestamp(12)), readBy(rs.getString(13)),
                        ReadProperties.By.of(rs.getString(14)).option()),
                ReadStepConfiguration.PARTITION_PREFIX + "%", RunParameters.READ_BY, Long.toString(runId));
    }

    /** The process a read partition's ExecutionContext names ({@code read.ReadingProcess}); null when none. */
    private static String readBy(String context) {
        if (context == null) {
            return null;
        }
        try {
            Map<String, Object> values = SERIALIZER.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.UTF_8)));
            Object by = values.get(ReadingProcess.KEY);
            return by == null ? null : by.toString();
        } catch (IOException | RuntimeException e) {
            return null; // a context this version cannot read: shown without its reader
        }
    }

    private static Duration duration(Timestamp start, Timestamp end) {
        if (start == null) {
            return null;
        }
        return Duration.between(start.toInstant(), end != null ? end.toInstant() : java.time.Instant.now());
    }
}
