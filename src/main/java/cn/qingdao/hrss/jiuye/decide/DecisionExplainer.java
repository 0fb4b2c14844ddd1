package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.ParameterValue;
import cn.qingdao.hrss.jiuye.policy.RowDecision;
import cn.qingdao.hrss.jiuye.policy.RuleCheck;
import cn.qingdao.hrss.jiuye.policy.StartupHistory;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code explain} (rules §10): how the decision on one row was reached, for a clerk answering an
 * applicant — the field checks, each rule and each claimed month with its outcome, and the policy
 * values used with their effective dates and sources. The row is decided again from the stored
 * data with the history as it stood for it (earlier quarters, earlier-ranked rows), and the result
 * is checked against the stored decision.
 */
@Component
public class DecisionExplainer {

    private final JdbcTemplate jdbc;
    private final StagedRows staged;
    private final History history;
    private final SubsidyRules rules;

    public DecisionExplainer(JdbcTemplate jdbc, StagedRows staged, History history, SubsidyRules rules) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.history = history;
        this.rules = rules;
    }

    public int explain(Quarter quarter, String district, Subsidy subsidy, int row, PrintStream o) {
        return explain(quarter, district, subsidy, row, rules, null, o);
    }

    /**
     * The same explanation under the rules of another parameter tree ({@code explain --policy}, a
     * simulation's): the trace names the simulated values used, and the last line compares the result with
     * the published decision. The history is the published one (earlier quarters, earlier-ranked rows).
     *
     * @param policyDir the tree {@code rules} were made of, or null for the current parameters
     */
    public int explain(Quarter quarter, String district, Subsidy subsidy, int row, SubsidyRules rules, java.nio.file.Path policyDir,
                       PrintStream o) {
        List<Long> runs = jdbc.queryForList("SELECT published_run_id FROM quarter_state WHERE quarter = ?", Long.class, quarter.toString());
        if (runs.isEmpty()) {
            System.err.println("error: " + quarter + " has no completed run; run it first with 'run --quarter " + quarter + "'.");
            return QuarterRunner.FAILED;
        }
        long runId = runs.get(0);
        StagedRow r = staged.find(runId, subsidy, district, row);
        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT decision, months, amount, reason_codes FROM decision WHERE run_id = ? AND subsidy = ? AND district_code = ? AND row_number = ?",
                runId, subsidy.code(), district, row);
        if (r == null || stored.isEmpty()) {
            System.err.println("error: " + quarter + " has no " + subsidy.code() + " application in row " + row + " of district "
                    + district + " (rows are numbered as Excel shows them; see decisions.csv).");
            return QuarterRunner.USAGE;
        }
        Map<String, Object> d = stored.get(0);
        o.printf("%s %s %s (%s) row %d, run #%d%n", quarter, district, subsidy.code(), subsidy.sheetName(), row, runId);
        if (policyDir != null) {
            o.printf("Explained under the simulated parameters of %s (the history is the published one)%n", policyDir);
        }
        o.printf("Decision: %s, %s month(s), amount %s, reasons: %s%n%n", d.get("decision"), d.get("months"), d.get("amount"),
                d.get("reason_codes") == null ? "-" : d.get("reason_codes"));
        if (!r.valid()) {
            o.println("1. Field checks (rules §4, §5.4): FAILED — nothing further is evaluated.");
            jdbc.query("SELECT column_name, column_letter, code, cell_value FROM field_error WHERE submission_id = ? AND subsidy = ? AND row_number = ? ORDER BY seq",
                    rs -> {
                        ReasonCode code = ReasonCode.valueOf(rs.getString(3));
                        o.printf("   %s (column %s) = '%s': %s — %s%n", rs.getString(1), rs.getString(2),
                                rs.getString(4) == null ? "" : rs.getString(4), code, code.messageZh());
                    }, r.submissionId(), subsidy.code(), row);
            return QuarterRunner.OK;
        }
        o.println("1. Field checks (rules §4, §5.4): passed");
        RowDecision again = switch (subsidy) {
            case STARTUP -> {
                StartupApplication a = (StartupApplication) r.application();
                History.StartupGrants g = history.startupGrantsBefore(runId, quarter, a.idNumber(), a.creditCode(), district, row);
                yield rules.startup().explain(a, quarter, new StartupHistory(g.personBefore(a.idNumber()),
                        g.businessBefore(a.creditCode()), g.personThisQuarter(a.idNumber()), g.businessThisQuarter(a.creditCode())));
            }
            case EMPLOYER -> rules.employer().explain((EmployerApplication) r.application(), quarter,
                    history.paidMonthsBefore(runId, quarter, subsidy, r.application().idNumber(), district, row));
            case FLEXIBLE -> rules.flexible().explain((FlexibleApplication) r.application(), quarter,
                    history.paidMonthsBefore(runId, quarter, subsidy, r.application().idNumber(), district, row));
        };
        int i = 2;
        java.util.Map<String, ParameterValue<?>> used = new java.util.TreeMap<>();
        for (RuleCheck check : again.trace()) {
            o.printf("%d. %s %s: %s%s%n", i++, check.section(), check.rule(),
                    check.passed() || check.code() == null ? "passed" : "FAILED → " + check.code() + " (" + check.code().messageZh() + ")",
                    check.detail() == null || check.detail().isEmpty() ? "" : "\n     " + check.detail());
            for (ParameterValue<?> p : check.parametersUsed()) {
                used.putIfAbsent(p.key() + " " + p.effectiveFrom(), p);
            }
        }
        if (!used.isEmpty()) {
            o.println("Policy parameters used (in force on the application date, rules §6):");
            for (ParameterValue<?> p : used.values()) {
                o.printf("   %s = %s, in force from %s — %s%n", p.key(), p.value(), p.effectiveFrom(), p.reference());
            }
        }
        boolean same = again.outcome().name().equals(d.get("decision"))
                && again.amount().compareTo((java.math.BigDecimal) d.get("amount")) == 0;
        if (policyDir != null) {
            o.printf("%nUnder the simulated parameters: %s, amount %s — %s%n", again.outcome(), again.amount(),
                    same ? "the same as the published decision" : "DIFFERENT from the published decision");
            return QuarterRunner.OK;
        }
        o.printf("%nRecomputed: %s, amount %s — %s%n", again.outcome(), again.amount(),
                same ? "the same as the stored decision" : "DIFFERENT from the stored decision: the policy files or the history have changed since the run");
        return QuarterRunner.OK;
    }
}
