package cn.qingdao.hrss.jiuye.support.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows into one table in the caller's transaction: on PostgreSQL with {@code COPY ...
 * FROM STDIN} (pgjdbc's {@code CopyManager}, several times faster than batched {@code INSERT}s), on
 * any other database (H2) with a JDBC batch. Values may be {@code null}, {@link String}, {@link Integer},
 * {@link Long}, {@link BigDecimal} (written exactly), {@link Boolean} or {@link java.time.LocalDate}; the
 * COPY text is {@link CopyText}.
 */
@Component
public class BulkInsert {

    /** The bytes of COPY text sent at a time. */
    private static final int BLOCK = 64 * 1024;

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
     * tables autovacuum last saw. A table may name the columns to sample, {@code "application
     * (submission_id, subsidy)"}: the ones queries select by. Sampling every column of a quarter's
     * {@code application} rows (names, businesses, dates) took twice as long, for statistics no plan uses.
     */
    public void analyze(String... tables) {
        if (postgres && tables.length > 0) {
            jdbc.execute("ANALYZE " + String.join(", ", tables));
        }
    }

    /**
     * Sends the rows as they are encoded, a block of about {@value #BLOCK} bytes at a time, so that no chunk
     * needs a buffer of its own: one for a whole chunk's rows would be half a megabyte or more, which G1
     * allocates outside the young generation (a "humongous" object, at the heap sizes a run is given).
     */
    private void copy(String table, List<String> columns, List<Object[]> rows) {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection c = DataSourceUtils.getConnection(dataSource); // the transaction's connection
        try {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                CopyText data = new CopyText(BLOCK + 1024);
                for (Object[] row : rows) {
                    data.row(row);
                    if (data.length() >= BLOCK) {
                        in.writeToCopy(data.bytes(), 0, data.length());
                        data.clear();
                    }
                }
                if (data.length() > 0) {
                    in.writeToCopy(data.bytes(), 0, data.length());
                }
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
