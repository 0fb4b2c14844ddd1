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
 * The yardstick for database writes: PostgreSQL's {@code COPY} loading exactly the decision rows a
 * run wrote. The rows are copied out of {@code decision} to a file, then timed while {@code COPY}
 * loads them into a scratch table shaped like {@code decision} (same columns, same primary key and
 * indexes). Besides the elapsed time, the CPU time the server spent on it ({@link ServerCpu}).
 */
final class CopyLoad {

    private CopyLoad() {
    }

    /** The elapsed time of the load, and the server's CPU time meanwhile (-1 where not readable). */
    record Timing(long wallNanos, long serverCpuMillis) {
    }

    /** Times {@code COPY ... FROM STDIN} of every row of {@code decision}. */
    static Timing decisionRows(String url, String user, String password, Path work) throws SQLException, IOException {
        Path data = work.resolve("decision.copy");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(data)) {
                copy.copyOut("COPY decision TO STDOUT", out);
            }
            s.execute("DROP TABLE IF EXISTS decision_copy");
            s.execute("CREATE TABLE decision_copy (LIKE decision INCLUDING ALL)");
            LongSupplier serverCpu = ServerCpu.clock(c);
            long cpuStart = serverCpu.getAsLong();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(data)) {
                copy.copyIn("COPY decision_copy FROM STDIN", in);
            }
            long nanos = System.nanoTime() - start;
            long cpuEnd = serverCpu.getAsLong();
            s.execute("DROP TABLE decision_copy");
            return new Timing(nanos, cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart);
        } finally {
            Files.deleteIfExists(data);
        }
    }
}
