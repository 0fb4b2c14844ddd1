package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The CPU time PostgreSQL's processes have used, to put the server's share of a run beside the
 * pipeline JVM's (on two cores, the two compete for the same CPU). Linux only: the postmaster's pid
 * from {@code postmaster.pid} in the data directory, then {@code /proc/<pid>/stat} of the postmaster
 * and of each of its live descendants — user and system time, and that of their children already
 * ended (a backend's time moves to the postmaster's when it exits). {@code /proc} counts in clock ticks,
 * 100 a second on Linux.
 */
final class ServerCpu {

    private static final long MILLIS_PER_TICK = 10;

    private ServerCpu() {
    }

    /**
     * A clock of the server's CPU time so far, in milliseconds (-1 where it cannot be read: not Linux);
     * the connection only tells where the server's data directory is, so a reading sends no query.
     */
    static LongSupplier clock(Connection c) throws SQLException {
        String dataDirectory = dataDirectory(c);
        return () -> millis(dataDirectory);
    }

    private static String dataDirectory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long millis(String dataDirectory) {
        try {
            List<String> pidFile = Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"));
            long postmaster = Long.parseLong(pidFile.get(0).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
            if (handle.isEmpty()) {
                return -1;
            }
            long ticks = ticks(postmaster);
            if (ticks < 0) {
                return -1;
            }
            for (ProcessHandle child : handle.get().descendants().toList()) {
                long t = ticks(child.pid());
                ticks += Math.max(t, 0); // a process that ended meanwhile: counted by its parent
            }
            return ticks * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime + cutime + cstime of a process, in ticks; -1 if it is gone or unreadable. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // after "pid (command) ": state is field 3, utime 14, stime 15, cutime 16, cstime 17
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
