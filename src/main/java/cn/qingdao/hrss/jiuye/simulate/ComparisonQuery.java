package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a simulation against the published run in one pass over both, row by row in the order of the
 * decisions' key (subsidy, district, row number), streamed: a read-only transaction with a fetch size
 * (a cursor on PostgreSQL) and, on H2, lazy query execution, so that memory does not grow with the
 * quarter. Each changed row goes to the caller as it is read; the {@link Comparison} keeps only sums.
 */
@Component
public class ComparisonQuery {

    private static final int FETCH_SIZE = 500;

    private static final String PAIRS = """
            SELECT d.subsidy, d.district_code, d.row_number, d.decision, d.months, d.amount, d.reason_codes,
                   s.decision, s.months, s.amount, s.reason_codes, a.application_date
            FROM decision d
            JOIN simulation_decision s ON s.run_id = ? AND s.subsidy = d.subsidy
                 AND s.district_code = d.district_code AND s.row_number = d.row_number
            JOIN application a ON a.submission_id = d.submission_id AND a.subsidy = d.subsidy AND a.row_number = d.row_number
            WHERE d.run_id = ?
            ORDER BY d.run_id, d.subsidy, d.district_code, d.row_number""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final boolean h2;

    public ComparisonQuery(DataSource dataSource, Sequences database) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.h2 = !database.postgres();
    }

    /**
     * Compares every decision of {@code simulation} with the published one of {@code runId}; each row whose
     * outcome, months or amount differs goes to {@code changed} (which must not query the database).
     */
    public Comparison compare(long runId, long simulation, PolicyDifference difference, Consumer<ChangedRow> changed) {
        Comparison comparison = new Comparison();
        readOnly.executeWithoutResult(status -> {
            lazy(true);
            try {
                jdbc.query(PAIRS, rs -> {
                    Subsidy subsidy = Subsidy.fromCode(rs.getString(1));
                    String district = rs.getString(2);
                    ChangedRow.Side current = side(rs, 4);
                    ChangedRow.Side simulated = side(rs, 8);
                    boolean differs = !current.outcome().equals(simulated.outcome()) || current.months() != simulated.months()
                            || current.amount().compareTo(simulated.amount()) != 0;
                    comparison.add(district, subsidy, current, simulated, differs);
                    if (differs) {
                        LocalDate applied = rs.getObject(12, LocalDate.class);
                        String cause = applied == null ? PolicyDifference.HISTORY : difference.cause(subsidy, applied);
                        changed.accept(new ChangedRow(district, subsidy, rs.getInt(3), current, simulated, cause));
                    }
                }, simulation, runId);
            } finally {
                lazy(false);
            }
        });
        return comparison;
    }

    private static ChangedRow.Side side(ResultSet rs, int first) throws SQLException {
        return new ChangedRow.Side(rs.getString(first), rs.getInt(first + 1), rs.getBigDecimal(first + 2), rs.getString(first + 3));
    }

    private void lazy(boolean on) {
        if (h2) {
            jdbc.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }
}
