package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.common.Quarter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every output file of a run (SPEC §8), written from the database alone, under {@code out/Q/}.
 * The job's last step and the {@code report} command both call this.
 */
@Component
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final CsvReports csv;
    private final OutputWorkbooks workbooks;

    public Reports(CsvReports csv, OutputWorkbooks workbooks) {
        this.csv = csv;
        this.workbooks = workbooks;
    }

    public Path write(long runId, Quarter quarter, Path out) {
        Path quarterDir = AtomicFiles.inside(out, quarter.toString());
        csv.writeAll(runId, quarter, quarterDir);
        try {
            workbooks.writeAll(runId, quarter, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the output workbooks in " + quarterDir, e);
        }
        log.info("{}: output files written to {}", quarter, quarterDir);
        return quarterDir;
    }
}
