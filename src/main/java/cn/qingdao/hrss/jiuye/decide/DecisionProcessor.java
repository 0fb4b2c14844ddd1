package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.policy.Outcome;
import cn.qingdao.hrss.jiuye.policy.RowDecision;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides one stored row (rules §5), in the order the rules prescribe: a row with field codes is
 * REJECTED with them (step 1); any other goes to its subsidy's rules (steps 2–4) with the history of
 * its chunk ({@link ChunkHistory}), to which what it is granted or kept is then added.
 */
public class DecisionProcessor implements ItemProcessor<StagedRow, DecidedRow> {

    private final SubsidyRules rules;
    private final Quarter quarter;
    private final ChunkHistory history;

    public DecisionProcessor(SubsidyRules rules, Quarter quarter, ChunkHistory history) {
        this.rules = rules;
        this.quarter = quarter;
        this.history = history;
    }

    @Override
    public DecidedRow process(StagedRow row) {
        if (!row.valid()) {
            return DecidedRow.rejectedByFields(row);
        }
        if (row.application() instanceof StartupApplication a) {
            return startup(row, a);
        }
        if (row.application() instanceof EmployerApplication a) {
            return monthly(row, rules.employer().decide(a, quarter, history.paidMonths(a.idNumber())));
        }
        FlexibleApplication a = (FlexibleApplication) row.application();
        return monthly(row, rules.flexible().decide(a, quarter, history.paidMonths(a.idNumber())));
    }

    private DecidedRow startup(StagedRow row, StartupApplication a) {
        RowDecision d = rules.startup().decide(a, quarter, history.of(a));
        boolean granted = d.outcome() == Outcome.APPROVED;
        if (granted) {
            history.granted(a);
        }
        return DecidedRow.of(row, d, granted);
    }

    private DecidedRow monthly(StagedRow row, RowDecision d) {
        history.kept(row.application().idNumber(), d.months());
        return DecidedRow.of(row, d, false);
    }
}
