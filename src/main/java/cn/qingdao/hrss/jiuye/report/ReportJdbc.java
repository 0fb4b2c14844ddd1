package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read access for the output workbooks (rules §8: written from the database alone). Large
 * results are streamed row by row to a {@link RowCallbackHandler} inside a read-only
 * transaction with a fetch size, so that PostgreSQL uses a cursor instead of loading every row.
 */
@Component
public class ReportJdbc {

    private static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final boolean h2;

    public ReportJdbc(DataSource dataSource, Sequences database) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.h2 = !database.postgres(); // the two databases the project supports
    }

    /**
     * Streams the rows of a query, one at a time, to {@code handler}. On H2 the query runs in lazy
     * mode for the transaction: H2 otherwise computes the whole result first, in the pipeline's heap
     * (all of a district's decisions, say). On PostgreSQL it runs without parallel workers: the report
     * step already writes its workbooks on {@link OutputWorkbooks#THREADS} threads beside the CSV files'
     * one, each with its own query, and the workers of a parallel plan (PostgreSQL's choice for a
     * district's rows) only took the cores those threads need, for the same result in about the same
     * time. A handler must not query the database.
     */
    void stream(String sql, Map<String, ?> params, RowCallbackHandler handler) {
        readOnly.executeWithoutResult(status -> {
            if (h2) {
                lazy(true);
            } else {
                jdbc.getJdbcTemplate().execute("SET LOCAL max_parallel_workers_per_gather = 0"); // until the transaction ends
            }
            try {
                jdbc.query(sql, params, handler);
            } finally {
                if (h2) {
                    lazy(false);
                }
            }
        });
    }

    private void lazy(boolean on) {
        jdbc.getJdbcTemplate().execute("SET LAZY_QUERY_EXECUTION " + on);
    }

    /** A small result (a few hundred rows at most: per-district aggregates, a run's submissions). */
    <T> List<T> list(String sql, Map<String, ?> params, RowMapper<T> mapper) {
        return jdbc.query(sql, params, mapper);
    }
}
