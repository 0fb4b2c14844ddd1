package cn.qingdao.hrss.jiuye.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded PostgreSQL server of one test class, on a fixed data folder and port, that can be
 * stopped (a database outage) and started again with its data.
 */
final class RestartablePostgres {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;
    private int databases;

    /** Starts a new server on an empty {@code dataDir} (whatever an earlier test run left there is removed). */
    RestartablePostgres(Path dataDir) {
        this.dataDir = dataDir;
        try (ServerSocket s = new ServerSocket(0)) {
            FileSystemUtils.deleteRecursively(dataDir);
            this.port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    void start() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut). */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String newDatabase() {
        String name = "jiuye_restart_" + (++databases);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
