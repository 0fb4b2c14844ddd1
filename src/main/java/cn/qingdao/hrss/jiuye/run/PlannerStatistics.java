package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Refreshes the planner statistics of the tables a step has filled in bulk, once, when the step has
 * completed ({@link BulkInsert#analyze}: PostgreSQL only). The steps after it then plan their queries for
 * the tables' real size: the read step's {@code application} and {@code field_error} for the decide step
 * and the reports, the decide step's {@code decision} and {@code startup_grant} for the reports.
 */
public final class PlannerStatistics implements StepExecutionListener {

    private final BulkInsert bulk;
    private final String[] tables;

    public PlannerStatistics(BulkInsert bulk, String... tables) {
        this.bulk = bulk;
        this.tables = tables.clone();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            bulk.analyze(tables);
        }
        return null; // the step's own exit status
    }
}
