package cn.qingdao.hrss.jiuye.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A {@code CHECKPOINT} before each timed PostgreSQL part (a run, a {@code COPY} or read-back floor, a
 * simulation, the run read by workers), so that none pays for the dirty pages and the WAL the part before
 * it left: the server writes them out when enough WAL has accumulated ({@code max_wal_size}), in whichever
 * part is running then. Without it, the {@code COPY} of the decision rows, timed right after the run,
 * took 5.7–9.9 s within one hour (the server's CPU 5.5–9.6 s), as the run's checkpoint fell into it or not.
 * A part still pays for the checkpoints its own WAL brings about, as it would on a server.
 */
final class ServerCheckpoint {

    private ServerCheckpoint() {
    }

    /** Writes out every dirty page and starts a new WAL cycle; the embedded server's user is a superuser. */
    static void now(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            now(c);
        }
    }

    /** The same, on a connection already open. */
    static void now(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
