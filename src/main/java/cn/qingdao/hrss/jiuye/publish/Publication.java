package cn.qingdao.hrss.jiuye.publish;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a run the quarter's record, in ONE transaction (idempotent by quarter: a re-run replaces,
 * never appends): the quarter points to the new run and every other run's decisions, months,
 * grants and statistics of the quarter are deleted. Readers never see old and new decisions
 * together. Stored rows of submissions the run no longer uses are dropped, and those submissions
 * marked to be read again should their file come back.
 */
@Component
public class Publication {

    private static final Logger log = LoggerFactory.getLogger(Publication.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public Publication(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public void publish(long runId, Quarter quarter) {
        String q = quarter.toString();
        tx.executeWithoutResult(s -> {
            int updated = jdbc.update("UPDATE quarter_state SET published_run_id = ?, published_at = ? WHERE quarter = ?",
                    runId, Timestamp.from(Instant.now()), q);
            if (updated == 0) {
                jdbc.update("INSERT INTO quarter_state (quarter, published_run_id, published_at) VALUES (?, ?, ?)",
                        q, runId, Timestamp.from(Instant.now()));
            }
            for (String table : new String[] {"decision", "startup_grant", "statistic_result"}) {
                jdbc.update("DELETE FROM " + table + " WHERE quarter = ? AND run_id <> ?", q, runId);
            }
            String unused = "SELECT id FROM submission WHERE quarter = ? AND id NOT IN "
                    + "(SELECT submission_id FROM run_submission WHERE run_id = ?)";
            for (String table : new String[] {"field_error", "application", "statistic_input"}) {
                jdbc.update("DELETE FROM " + table + " WHERE submission_id IN (" + unused + ")", q, runId);
            }
            jdbc.update("UPDATE submission SET status = 'PENDING', read_at = NULL WHERE status = 'ACCEPTED' AND id IN ("
                    + unused + ")", q, runId);
        });
        log.info("{}: run #{} is now the quarter's record", quarter, runId);
    }
}
