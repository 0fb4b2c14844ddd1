package cn.qingdao.hrss.jiuye.operations;

import cn.qingdao.hrss.jiuye.common.Quarter;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At most one run of a quarter at a time, across processes: a row in {@code quarter_lock}
 * (primary key = quarter), inserted before a run starts and deleted when it ends. A crash leaves
 * the row; {@code restart} takes it over (issue 4).
 */
@Component
public class QuarterLock {

    private final JdbcTemplate jdbc;

    public QuarterLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock for a run; returns a description of the holder when another run holds it. */
    public String acquire(Quarter quarter, long runId) {
        try {
            jdbc.update("INSERT INTO quarter_lock (quarter, run_id, owner, locked_at) VALUES (?, ?, ?, ?)",
                    quarter.toString(), runId, owner(), Timestamp.from(Instant.now()));
            return null;
        } catch (DataIntegrityViolationException e) {
            return holder(quarter);
        }
    }

    /** Hands the lock to a run that resumes the holder's work (restart). */
    public void takeOver(Quarter quarter, long runId) {
        jdbc.update("DELETE FROM quarter_lock WHERE quarter = ?", quarter.toString());
        acquire(quarter, runId);
    }

    public void release(Quarter quarter, long runId) {
        jdbc.update("DELETE FROM quarter_lock WHERE quarter = ? AND run_id = ?", quarter.toString(), runId);
    }

    public String holder(Quarter quarter) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT run_id, owner, locked_at FROM quarter_lock WHERE quarter = ?", quarter.toString());
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> r = rows.get(0);
        return "run #" + r.get("run_id") + " (process " + r.get("owner") + ", since " + r.get("locked_at") + ")";
    }

    private static String owner() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
