package cn.qingdao.hrss.jiuye.common;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows into one table in the caller's transaction: on PostgreSQL with {@code COPY ...
 * FROM STDIN} (pgjdbc's {@code CopyManager}, several times faster than batched {@code INSERT}s), on
 * any other database (H2) with a JDBC batch. Values may be {@code null}, {@link String}, {@link Number}
 * ({@link BigDecimal} written exactly), {@link Boolean} or {@link java.sql.Date}.
 */
@Component
public class BulkInsert {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public BulkInsert(DataSource dataSource, JdbcTemplate jdbc, Sequences sequences) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.postgres = sequences.postgres();
    }

    /** Inserts {@code rows}, each one value per column in {@code columns} order. */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            copy(table, columns, rows);
        } else {
            String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
            jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")", rows);
        }
    }

    /**
     * Refreshes the planner statistics of tables just filled in bulk (PostgreSQL; H2 keeps its own
     * up to date), so that the next queries are planned for their real size rather than for the empty
     * tables autovacuum last saw.
     */
    public void analyze(String... tables) {
        if (postgres && tables.length > 0) {
            jdbc.execute("ANALYZE " + String.join(", ", tables));
        }
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) {
        StringBuilder data = new StringBuilder(rows.size() * 16 * columns.size());
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                text(data, row[i]);
            }
            data.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection c = DataSourceUtils.getConnection(dataSource); // the transaction's connection
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** One value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void text(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
        } else if (v instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof java.sql.Date) {
            out.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
    }
}
