package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.report.Reports;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code report}: rewrites a quarter's output files from its published run, without reading the inbox. */
@Component
public class ReportCommand {

    private final JdbcTemplate jdbc;
    private final Reports reports;

    public ReportCommand(JdbcTemplate jdbc, Reports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    public int rewrite(Quarter quarter, Path out) {
        List<Long> run = jdbc.queryForList("SELECT published_run_id FROM quarter_state WHERE quarter = ?", Long.class, quarter.toString());
        if (run.isEmpty()) {
            System.err.println("error: " + quarter + " has no completed run in this database; run it first with 'run --quarter " + quarter + "'.");
            return QuarterRunner.FAILED;
        }
        Path dir = reports.write(run.get(0), quarter, out);
        System.out.println("Rewrote the output files of " + quarter + " (run #" + run.get(0) + ") in " + dir);
        return QuarterRunner.OK;
    }
}
