package cn.qingdao.hrss.jiuye.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (no mocks of the database), started once per
 * test JVM from the zonky Maven artifact; each caller gets a fresh, empty database of its own.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private PostgresDatabase() {
    }

    /** Creates a new empty database and returns its JDBC URL (user postgres, no password). */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            String name = "jiuye_test_" + COUNTER.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }

    /** Points a Spring test context at a new empty database (for {@code @DynamicPropertySource}). */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
