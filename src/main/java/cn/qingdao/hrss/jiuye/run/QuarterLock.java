package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At most one run of a quarter at a time, across processes and hosts: a row in
 * {@code quarter_lock} (primary key = quarter), inserted with the run's {@code pipeline_run} row
 * and deleted when the run completes. A failed or killed run keeps it: the quarter has an
 * unfinished run, which {@code restart} takes over. While a process works on a run it updates the
 * row's heartbeat every {@value #BEAT_SECONDS} s, so that another process can tell a run in progress
 * from one whose process is gone: on the same host by its process id, elsewhere by a heartbeat
 * older than {@link #STALE}.
 */
@Component
public class QuarterLock {

    static final int BEAT_SECONDS = 5;
    static final Duration STALE = Duration.ofSeconds(6L * BEAT_SECONDS);

    private static final Logger log = LoggerFactory.getLogger(QuarterLock.class);
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcTemplate jdbc;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quarter-lock-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public QuarterLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who holds a quarter's lock: its run, process, since when, the run's state, and whether it is still at work. */
    public record Holder(long runId, String owner, Timestamp lockedAt, Timestamp heartbeat, String runState, boolean alive) {

        String describe() {
            return "run #" + runId + " (process " + owner + ", since " + lockedAt.toLocalDateTime().withNano(0) + ")";
        }
    }

    /** Inserts the lock row for a run (in the caller's transaction); false when another run holds the quarter. */
    boolean tryInsert(Quarter quarter, long runId) {
        try {
            jdbc.update("INSERT INTO quarter_lock (quarter, run_id, owner, locked_at, heartbeat_at) "
                    + "VALUES (?, ?, ?, LOCALTIMESTAMP, LOCALTIMESTAMP)", quarter.toString(), runId, OWNER);
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /**
     * Takes over the lock of an unfinished run ({@code restart}): replaces the row only if it is
     * still the one that was inspected; false when another process changed it meanwhile.
     */
    boolean takeOver(Quarter quarter, long runId, Holder previous) {
        if (previous != null) {
            int deleted = jdbc.update("DELETE FROM quarter_lock WHERE quarter = ? AND run_id = ? AND owner = ?",
                    quarter.toString(), previous.runId(), previous.owner());
            if (deleted == 0) {
                return false;
            }
        }
        return tryInsert(quarter, runId);
    }

    /** Keeps the lock's heartbeat going while this process works on the run; close the result when it stops. */
    AutoCloseable heartbeat(Quarter quarter, long runId) {
        ScheduledFuture<?> beat = beats.scheduleAtFixedRate(() -> {
            try {
                jdbc.update("UPDATE quarter_lock SET heartbeat_at = LOCALTIMESTAMP WHERE quarter = ? AND run_id = ?",
                        quarter.toString(), runId);
            } catch (DataAccessException e) {
                log.debug("heartbeat of {} not recorded: {}", quarter, e.getMessage());
            }
        }, BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
        return () -> beat.cancel(false);
    }

    public void release(Quarter quarter, long runId) {
        jdbc.update("DELETE FROM quarter_lock WHERE quarter = ? AND run_id = ?", quarter.toString(), runId);
    }

    public Optional<Holder> holder(Quarter quarter) {
        List<Holder> rows = jdbc.query("""
                SELECT l.run_id, l.owner, l.locked_at, l.heartbeat_at, r.state, LOCALTIMESTAMP
                FROM quarter_lock l LEFT JOIN pipeline_run r ON r.id = l.run_id WHERE l.quarter = ?""",
                (rs, i) -> {
                    Timestamp heartbeat = rs.getTimestamp(4);
                    String state = rs.getString(5);
                    boolean alive = "RUNNING".equals(state) && processAlive(rs.getString(2), heartbeat, rs.getTimestamp(6));
                    return new Holder(rs.getLong(1), rs.getString(2), rs.getTimestamp(3), heartbeat, state, alive);
                }, quarter.toString());
        return rows.stream().findFirst();
    }

    /** Same host: is the process there? Another host: has it beaten recently? */
    static boolean processAlive(String owner, Timestamp heartbeat, Timestamp now) {
        int at = owner.indexOf('@');
        if (at > 0 && owner.substring(at + 1).equals(OWNER.substring(OWNER.indexOf('@') + 1))) {
            try {
                return ProcessHandle.of(Long.parseLong(owner.substring(0, at))).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                // not a pid@host owner: judge by the heartbeat
            }
        }
        return heartbeat != null && Duration.between(heartbeat.toLocalDateTime(), now.toLocalDateTime()).compareTo(STALE) < 0;
    }
}
