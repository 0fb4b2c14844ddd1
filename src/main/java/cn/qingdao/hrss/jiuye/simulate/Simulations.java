package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.decide.DecisionTables;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code simulation} table and the simulations' decisions (V10). A simulation is one name per
 * quarter: simulating the same quarter under the same name again replaces the earlier simulation,
 * its decisions included, and never adds to it. Nothing here reads or writes the record's tables
 * except to find the quarter's published run.
 */
@Component
public class Simulations {

    /** Where a simulation's decisions and start-up grants go, keyed by the simulation's id. */
    public static final DecisionTables TABLES = new DecisionTables("simulation_decision", "simulation_grant");

    private final JdbcTemplate jdbc;
    private final Sequences sequences;
    private final TransactionTemplate transaction;

    public Simulations(JdbcTemplate jdbc, Sequences sequences, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.sequences = sequences;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The quarter's published run, the record a simulation decides again and compares with. */
    public OptionalLong publishedRun(Quarter quarter) {
        List<Long> runs = jdbc.queryForList("SELECT published_run_id FROM quarter_state WHERE quarter = ?", Long.class,
                quarter.toString());
        return runs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(runs.get(0));
    }

    /**
     * Removes the quarter's simulation of this name, if any, with its decisions, and registers the new
     * one under a new id, in one transaction.
     */
    public long replace(Quarter quarter, String name, long runId, Path policy) {
        return transaction.execute(status -> {
            for (Long old : jdbc.queryForList("SELECT id FROM simulation WHERE quarter = ? AND name = ?", Long.class,
                    quarter.toString(), name)) {
                jdbc.update("DELETE FROM " + TABLES.decisions() + " WHERE run_id = ?", old);
                jdbc.update("DELETE FROM " + TABLES.grants() + " WHERE run_id = ?", old);
                jdbc.update("DELETE FROM simulation WHERE id = ?", old);
            }
            long id = sequences.next("simulation_seq");
            jdbc.update("INSERT INTO simulation (id, quarter, name, run_id, policy_dir, started_at) VALUES (?, ?, ?, ?, ?, LOCALTIMESTAMP)",
                    id, quarter.toString(), name, runId, policy.toAbsolutePath().normalize().toString());
            return id;
        });
    }

    public void finished(long id) {
        jdbc.update("UPDATE simulation SET finished_at = LOCALTIMESTAMP WHERE id = ?", id);
    }

    /** The number of the published run's decisions, which a complete simulation has as many of. */
    public long publishedDecisions(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE run_id = ?", Long.class, runId);
    }
}
