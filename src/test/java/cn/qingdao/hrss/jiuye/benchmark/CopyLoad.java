package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The yardstick for database writes: PostgreSQL's {@code COPY} loading exactly the rows a run wrote
 * to a table (the decisions, the stored application rows). The rows are copied out of the table to a
 * file, then timed while {@code COPY} loads them into a scratch table shaped like it (same columns,
 * same primary key and indexes). Besides the elapsed time, the CPU time the server spent on it
 * ({@link ServerCpu}).
 */
final class CopyLoad {

    private CopyLoad() {
    }

    /** The elapsed time of the load, the rows loaded, and the server's CPU time meanwhile (-1 where not readable). */
    record Timing(long wallNanos, long rows, long serverCpuMillis) {

        /** Two loads one after the other. */
        Timing plus(Timing other) {
            return new Timing(wallNanos + other.wallNanos, rows + other.rows,
                    serverCpuMillis < 0 || other.serverCpuMillis < 0 ? -1 : serverCpuMillis + other.serverCpuMillis);
        }
    }

    /** Times {@code COPY ... FROM STDIN} of every row of {@code table} (a name of the pipeline's schema). */
    static Timing rows(String url, String user, String password, Path work, String table) throws SQLException, IOException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        Path data = work.resolve(table + ".copy");
        String scratch = table + "_copy";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(data)) {
                copy.copyOut("COPY " + table + " TO STDOUT", out);
            }
            s.execute("DROP TABLE IF EXISTS " + scratch);
            s.execute("CREATE TABLE " + scratch + " (LIKE " + table + " INCLUDING ALL)");
            ServerCheckpoint.now(c);
            CollectedHeap.now();
            LongSupplier serverCpu = ServerCpu.clock(c);
            long cpuStart = serverCpu.getAsLong();
            long start = System.nanoTime();
            long rows;
            try (InputStream in = Files.newInputStream(data)) {
                rows = copy.copyIn("COPY " + scratch + " FROM STDIN", in);
            }
            long nanos = System.nanoTime() - start;
            long cpuEnd = serverCpu.getAsLong();
            s.execute("DROP TABLE " + scratch);
            return new Timing(nanos, rows, cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart);
        } finally {
            Files.deleteIfExists(data);
        }
    }
}
