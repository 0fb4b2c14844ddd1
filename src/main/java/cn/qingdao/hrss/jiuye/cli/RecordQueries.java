package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.PipelineConfiguration;
import cn.qingdao.hrss.jiuye.decide.DecisionExplainer;
import cn.qingdao.hrss.jiuye.decide.RecordRules;
import cn.qingdao.hrss.jiuye.decide.StagedRows;
import cn.qingdao.hrss.jiuye.report.ReportJdbc;
import cn.qingdao.hrss.jiuye.report.RunSubmissions;
import cn.qingdao.hrss.jiuye.run.QuarterLock;
import cn.qingdao.hrss.jiuye.run.RunSteps;
import cn.qingdao.hrss.jiuye.run.StatusReport;
import cn.qingdao.hrss.jiuye.support.jdbc.SchemaVersion;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The part of the application that the commands which only look the record up start ({@code status},
 * {@code explain}): the data source, the reference data and the beans their queries use, named one by
 * one. Not the job, Spring Batch, the transaction and task infrastructure or a scan of the program's
 * classes: starting the whole application, even with every bean lazy, spends most of such a command's
 * time scanning classes and parsing configurations it never uses (docs/performance.md, "Start-up").
 * A bean such a command comes to need is added here; the commands' tests start exactly this.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
@Import({PipelineConfiguration.class, SchemaVersion.class, Sequences.class,
        StatusReport.class, RunSteps.class, RunSubmissions.class, ReportJdbc.class, QuarterLock.class,
        DecisionExplainer.class, StagedRows.class, RecordRules.class})
class RecordQueries {
}
