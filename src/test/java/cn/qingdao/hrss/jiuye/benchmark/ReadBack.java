package cn.qingdao.hrss.jiuye.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The yardstick for a step's reads of what an earlier step stored: every row of a table read back
 * over JDBC in one pass, on one thread, each column fetched as its Java value, streamed (a cursor of
 * 10,000 rows at a time), in no particular order. A step reads the same rows in chunks, in an order,
 * and decodes them into records; this is the least of that.
 */
final class ReadBack {

    private static final int FETCH_SIZE = 10_000;

    private ReadBack() {
    }

    /** The elapsed time of the read and the rows read. */
    record Timing(long wallNanos, long rows) {
    }

    /** Reads every row of {@code table} (a name of the pipeline's schema). */
    static Timing rows(String url, String user, String password, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            ServerCheckpoint.now(c);
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            CollectedHeap.now();
            long start = System.nanoTime();
            long rows = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
            long nanos = System.nanoTime() - start;
            c.commit();
            return new Timing(nanos, rows);
        }
    }
}
