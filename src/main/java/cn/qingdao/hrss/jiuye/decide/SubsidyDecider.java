package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.PipelineProperties;
import cn.qingdao.hrss.jiuye.support.console.Progress;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.MonthDecision;
import cn.qingdao.hrss.jiuye.policy.EmployerRules;
import cn.qingdao.hrss.jiuye.policy.FlexibleRules;
import cn.qingdao.hrss.jiuye.policy.RowDecision;
import cn.qingdao.hrss.jiuye.policy.StartupHistory;
import cn.qingdao.hrss.jiuye.policy.StartupRules;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decide step for one subsidy (rules §5): every stored row of the run, in rank order, a chunk
 * per transaction. For each chunk the history of just its people and businesses is read from the
 * database; the decisions, kept months and grants are written with a progress mark in the same
 * transaction, so a restart resumes after the last committed chunk and nothing is decided twice.
 * Because the order is the rank and not the order in which districts were read, the result does
 * not depend on parallelism.
 */
@Component
public class SubsidyDecider {

    private static final Logger log = LoggerFactory.getLogger(SubsidyDecider.class);

    private final StagedRows staged;
    private final History history;
    private final StartupRules startupRules;
    private final EmployerRules employerRules;
    private final FlexibleRules flexibleRules;
    private final JdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final TransactionTemplate tx;
    private final int chunkSize;
    private final boolean postgres;

    public SubsidyDecider(StagedRows staged, History history, StartupRules startupRules, EmployerRules employerRules,
                          FlexibleRules flexibleRules, JdbcTemplate jdbc, BulkInsert bulk, TransactionTemplate tx,
                          PipelineProperties properties, Sequences database) {
        this.staged = staged;
        this.history = history;
        this.startupRules = startupRules;
        this.employerRules = employerRules;
        this.flexibleRules = flexibleRules;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.tx = tx;
        this.postgres = database.postgres();
        this.chunkSize = properties.chunkSize(postgres);
    }

    public void decide(long runId, Quarter quarter, Subsidy subsidy) {
        Progress progress = new Progress(log, quarter + " deciding " + subsidy.code());
        String district = "";
        int row = 0;
        List<Map<String, Object>> mark = jdbc.queryForList(
                "SELECT district_code, row_number FROM decide_progress WHERE run_id = ? AND subsidy = ?", runId, subsidy.code());
        if (!mark.isEmpty()) {
            district = (String) mark.get(0).get("district_code");
            row = ((Number) mark.get(0).get("row_number")).intValue();
            log.info("{} {}: resuming after district {} row {}", quarter, subsidy.code(), district, row);
        }
        while (true) {
            List<StagedRow> chunk = staged.chunkAfter(runId, subsidy, district, row, chunkSize);
            if (chunk.isEmpty()) {
                break;
            }
            tx.executeWithoutResult(s -> decideChunk(runId, quarter, subsidy, chunk));
            StagedRow last = chunk.get(chunk.size() - 1);
            district = last.districtCode();
            row = last.rowNumber();
            progress.add(chunk.size());
        }
        progress.done();
    }

    private void decideChunk(long runId, Quarter quarter, Subsidy subsidy, List<StagedRow> chunk) {
        if (postgres) {
            // The history lookups below probe an index for each of up to a chunk's keys. PostgreSQL's default
            // costs make a whole-table scan look cheaper while the tables this step fills are small, and
            // such a scan then costs 10 to 55 ms a chunk against 2 to 4 ms through the index (issue 5).
            jdbc.execute("SET LOCAL enable_seqscan = off");
        }
        DecisionWriter out = new DecisionWriter(runId, quarter, subsidy);
        switch (subsidy) {
            case STARTUP -> decideStartup(runId, quarter, chunk, out);
            case EMPLOYER, FLEXIBLE -> decideMonthly(runId, quarter, subsidy, chunk, out);
        }
        out.write(bulk, jdbc, chunk.get(chunk.size() - 1));
    }

    private void decideStartup(long runId, Quarter quarter, List<StagedRow> chunk, DecisionWriter out) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (StagedRow r : chunk) {
            if (r.valid()) {
                StartupApplication a = (StartupApplication) r.application();
                ids.add(a.idNumber());
                codes.add(a.creditCode());
            }
        }
        History.StartupGrants grants = history.startupGrants(runId, quarter, ids, codes);
        for (StagedRow r : chunk) {
            if (!r.valid()) {
                out.rejectedByFields(r);
                continue;
            }
            StartupApplication a = (StartupApplication) r.application();
            StartupHistory h = new StartupHistory(grants.personBefore(a.idNumber()),
                    grants.businessBefore(a.creditCode()), grants.personThisQuarter(a.idNumber()),
                    grants.businessThisQuarter(a.creditCode()));
            RowDecision d = startupRules.decide(a, quarter, h);
            out.decided(r, d);
            if (d.outcome() == Outcome.APPROVED) {
                grants.grant(a.idNumber(), a.creditCode());
                out.granted(r, a.idNumber(), a.creditCode());
            }
        }
    }

    private void decideMonthly(long runId, Quarter quarter, Subsidy subsidy, List<StagedRow> chunk, DecisionWriter out) {
        Set<String> ids = new LinkedHashSet<>();
        for (StagedRow r : chunk) {
            if (r.valid()) {
                ids.add(r.application().idNumber());
            }
        }
        Map<String, Set<YearMonth>> paid = history.paidMonths(runId, quarter, subsidy, ids);
        for (StagedRow r : chunk) {
            if (!r.valid()) {
                out.rejectedByFields(r);
                continue;
            }
            Application a = r.application();
            Set<YearMonth> already = paid.computeIfAbsent(a.idNumber(), k -> new HashSet<>());
            RowDecision d = subsidy == Subsidy.EMPLOYER
                    ? employerRules.decide((EmployerApplication) a, quarter, Set.copyOf(already))
                    : flexibleRules.decide((FlexibleApplication) a, quarter, Set.copyOf(already));
            out.decided(r, d);
            for (MonthDecision m : d.months()) {
                if (m.droppedBy() == null) {
                    already.add(m.month());
                }
            }
        }
    }
}
