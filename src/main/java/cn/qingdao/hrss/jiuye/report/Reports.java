package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every output file of a run (rules §8), written from the database alone, under {@code out/Q/}.
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
        // the CSV files (mostly waiting on the database) are written while the workbooks are (CPU: XML, zip)
        ExecutorService csvThread = Executors.newSingleThreadExecutor();
        try {
            Future<?> csvDone = csvThread.submit(() -> csv.writeAll(runId, quarter, quarterDir));
            workbooks.writeAll(runId, quarter, out);
            csvDone.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output workbooks in " + quarterDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the output files in " + quarterDir, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot write the CSV files in " + quarterDir, e.getCause());
        } finally {
            csvThread.shutdownNow();
        }
        log.info("{}: output files written to {}", quarter, quarterDir);
        return quarterDir;
    }
}
