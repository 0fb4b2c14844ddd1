package cn.qingdao.hrss.jiuye.read;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The heartbeats of the {@code worker} processes, in {@code read_worker} (migration V13, PostgreSQL): a worker
 * records on a thread of its own, every {@code pipeline.read.worker-heartbeat} while it lives, that it is alive
 * ({@link #beating}); the job's process asks how long each worker has been silent ({@link #silences}) to tell a
 * worker that died mid-partition from one that is only slow ({@link LostWorkers}). Times are the database's
 * ({@code LOCALTIMESTAMP}), so the machines' clocks need not agree.
 */
@Component
public class WorkerHeartbeats {

    /** Rows of workers silent for longer than this are removed when a worker starts, to keep the table small. */
    static final Duration FORGOTTEN = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeats.class);

    private final JdbcTemplate jdbc;

    public WorkerHeartbeats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records now, then every {@code every}, that {@code worker} is alive, until the result is closed: then its row
     * is removed (a worker that stops normally has ended its partitions first). A beat that cannot be recorded
     * (the database is away) is logged and the next one tried; a beat inserts the row again if another worker
     * forgot it.
     */
    public Beating beating(String worker, Duration every) {
        jdbc.update("DELETE FROM read_worker WHERE heartbeat_at < LOCALTIMESTAMP - make_interval(secs => ?)",
                (double) FORGOTTEN.toSeconds());
        jdbc.update("DELETE FROM read_worker WHERE worker = ?", worker); // a process of the same pid@host before
        beat(worker);
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, every.toMillis());
        beats.scheduleWithFixedDelay(() -> {
            try {
                beat(worker);
            } catch (DataAccessException e) {
                log.warn("worker {}: heartbeat not recorded ({}); trying again in {} s", worker, e.getMessage(),
                        millis / 1000.0);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return () -> {
            beats.shutdownNow();
            try {
                beats.awaitTermination(5, TimeUnit.SECONDS); // a beat in flight must not insert the row again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("DELETE FROM read_worker WHERE worker = ?", worker);
        };
    }

    /** A worker's heartbeat going on until it is closed. */
    public interface Beating extends AutoCloseable {
        @Override
        void close();
    }

    private void beat(String worker) {
        jdbc.update("""
                INSERT INTO read_worker (worker, started_at, heartbeat_at) VALUES (?, LOCALTIMESTAMP, LOCALTIMESTAMP)
                ON CONFLICT (worker) DO UPDATE SET heartbeat_at = LOCALTIMESTAMP""", worker);
    }

    /** How long each worker that has a row has been silent: since its last heartbeat, by the database's clock. */
    public Map<String, Duration> silences() {
        Map<String, Duration> silences = new HashMap<>();
        jdbc.query("SELECT worker, heartbeat_at, LOCALTIMESTAMP FROM read_worker", rs -> {
            Timestamp beat = rs.getTimestamp(2);
            Timestamp now = rs.getTimestamp(3);
            silences.put(rs.getString(1), Duration.between(beat.toLocalDateTime(), now.toLocalDateTime()));
        });
        return silences;
    }
}
