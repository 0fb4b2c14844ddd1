package cn.qingdao.hrss.jiuye.support.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The database's schema version against the program's, from one query of Flyway's history table:
 * the newest migration Flyway applied there, and the newest among the program's migrations
 * ({@code spring.flyway.locations}, for the database's vendor). Starting Flyway to find out costs a
 * command several tenths of a second; this costs one query.
 *
 * <p>Plain JDBC on the {@link DataSource}: Flyway's migration strategy asks this before Flyway runs, when
 * the beans that wait for the schema (a {@code JdbcTemplate}) cannot be created yet.
 */
@Component
public class SchemaVersion {

    /** A versioned migration's file name, {@code V<version>__<description>.sql}, version {@code 8} or {@code 8.1} (or {@code 8_1}). */
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    /** Flyway's order of versions: part by part, as numbers. */
    static final Comparator<String> ORDER = (a, b) -> {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /**
     * What the check found.
     *
     * @param database the database (its URL without parameters, which may hold a password)
     * @param found the newest version Flyway applied there; empty when Flyway never ran there
     * @param program the newest version among the program's migrations
     */
    public record Check(String database, Optional<String> found, String program) {

        public boolean current() {
            return found.isPresent() && ORDER.compare(found.get(), program) == 0;
        }

        /** Why a command that does not migrate cannot use this database, and what to do; empty when it can. */
        public Optional<String> problem() {
            if (found.isEmpty()) {
                return Optional.of("the database " + database + " has no pipeline tables: nothing has been run on it yet. "
                        + "The first 'run' creates them; if runs were expected there, check spring.datasource.url.");
            }
            int c = ORDER.compare(found.get(), program);
            if (c < 0) {
                return Optional.of("the database " + database + " has the schema of an older version of the pipeline ("
                        + found.get() + "; this program's is " + program + "). The next 'run' or 'restart' with this "
                        + "program migrates it; until then, use the version it was last run with.");
            }
            if (c > 0) {
                return Optional.of("the database " + database + " has the schema of a newer version of the pipeline ("
                        + found.get() + "; this program's is " + program + "): use the version it was last run with.");
            }
            return Optional.empty();
        }
    }

    private final DataSource dataSource;
    private final Environment environment;

    public SchemaVersion(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    public Check check() {
        String table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
        if (!table.matches("\\w+")) {
            throw new IllegalStateException("spring.flyway.table: not a plain table name: " + table);
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String url = meta.getURL();
            String program = programVersion(DatabaseDriver.fromJdbcUrl(url).getId());
            Optional<String> found = Optional.empty();
            try (ResultSet tables = meta.getTables(null, c.getSchema(), table, null)) {
                if (tables.next()) {
                    found = databaseVersion(c, table);
                }
            }
            return new Check(url.replaceFirst("\\?.*", ""), found, program);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema version of the database: " + e.getMessage(), e);
        }
    }

    /** Returns normally when the database is at the program's schema; else says what is wrong and what to do. */
    public void requireCurrent() {
        Optional<String> problem = check().problem();
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
    }

    /** The newest version among the program's migrations for this vendor (h2, postgresql). */
    String programVersion(String vendor) {
        String locations = environment.getProperty("spring.flyway.locations", "classpath:db/migration");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        String newest = null;
        try {
            for (String location : locations.split(",")) {
                for (Resource script : resolver.getResources(location.trim().replace("{vendor}", vendor) + "/*.sql")) {
                    Matcher m = MIGRATION.matcher(String.valueOf(script.getFilename()));
                    if (m.matches() && (newest == null || ORDER.compare(m.group(1), newest) > 0)) {
                        newest = m.group(1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the schema migrations " + locations, e);
        }
        if (newest == null) {
            throw new IllegalStateException("no schema migration found in " + locations + " for " + vendor);
        }
        return newest;
    }

    /** The newest version Flyway applied successfully. Quoted: Flyway names the table and its columns in lower case on H2 too. */
    private static Optional<String> databaseVersion(Connection c, String table) throws SQLException {
        String newest = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"" + table + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (newest == null || ORDER.compare(v, newest) > 0) {
                    newest = v;
                }
            }
        }
        return Optional.ofNullable(newest);
    }
}
