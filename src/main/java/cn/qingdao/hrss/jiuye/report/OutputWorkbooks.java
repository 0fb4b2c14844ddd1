package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.domain.Quarter;

/**
 * Writes every workbook of a run from the database alone (rules §8; also the {@code report}
 * command of rules §10): under {@code outDir/<Q>/} the city summary {@code summary-<Q>.xlsx}, and
 * per registry district {@code <district>/payment-roster-<district>-<Q>.xlsx} (accepted
 * submission) and {@code <district>/feedback-<district>-<Q>.xlsx} (any submission). A roster or
 * feedback workbook left from an earlier run for a district that no longer has one is removed,
 * so the folder always matches the run. Each file is written atomically.
 */
@Component
public class OutputWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(OutputWorkbooks.class);

    /**
     * Districts written at the same time: the machine's cores (a roster is CPU-bound: XML and zip). The
     * benchmark writes its yardstick on as many.
     */
    public static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final RunSubmissions runSubmissions;
    private final DistrictRegistry districts;
    private final PaymentRosterWriter rosters;
    private final FeedbackWriter feedback;
    private final SummaryWorkbookWriter summary;

    public OutputWorkbooks(RunSubmissions runSubmissions, DistrictRegistry districts, PaymentRosterWriter rosters,
                           FeedbackWriter feedback, SummaryWorkbookWriter summary) {
        this.runSubmissions = runSubmissions;
        this.districts = districts;
        this.rosters = rosters;
        this.feedback = feedback;
        this.summary = summary;
    }

    /**
     * Writes the workbooks of run {@code runId} for {@code quarter} under {@code outDir/<quarter>/}.
     *
     * @return the files written, summary first, then per district in registry order
     */
    public List<Path> writeAll(long runId, Quarter quarter, Path outDir) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(writeSummary(runId, quarter, outDir));
        Map<String, List<RunSubmission>> byDistrict = RunSubmissions.byDistrict(runSubmissions.of(runId), districts);
        // the districts' workbooks are independent: written on every core, listed in registry order
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Path>>> perDistrict = new ArrayList<>();
            for (Map.Entry<String, List<RunSubmission>> e : byDistrict.entrySet()) {
                perDistrict.add(pool.submit(() -> writeDistrict(runId, quarter, outDir, e.getKey(), e.getValue())));
            }
            for (Future<List<Path>> f : perDistrict) {
                written.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbooks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.info("Run {}: wrote {} workbooks for {} under {}", runId, written.size(), quarter, outDir);
        return written;
    }

    private List<Path> writeDistrict(long runId, Quarter quarter, Path outDir, String district,
                                     List<RunSubmission> subs) throws IOException {
        List<Path> written = new ArrayList<>(2);
        Path roster = AtomicFiles.inside(outDir, quarter.toString(), district,
                PaymentRosterWriter.fileName(district, quarter));
        Path fb = AtomicFiles.inside(outDir, quarter.toString(), district, FeedbackWriter.fileName(district, quarter));
        Optional<RunSubmission> accepted = subs.stream().filter(RunSubmission::accepted).findFirst();
        if (accepted.isPresent()) { // a district has at most one accepted submission in a run
            rosters.write(runId, quarter, district, accepted.get().id(), roster);
            written.add(roster);
        } else {
            Files.deleteIfExists(roster);
        }
        if (subs.isEmpty()) {
            Files.deleteIfExists(fb);
        } else {
            feedback.write(runId, quarter, district, subs, fb);
            written.add(fb);
        }
        return written;
    }

    /** Writes only {@code outDir/<quarter>/summary-<quarter>.xlsx}. */
    public Path writeSummary(long runId, Quarter quarter, Path outDir) throws IOException {
        Path file = AtomicFiles.inside(outDir, quarter.toString(), SummaryWorkbookWriter.fileName(quarter));
        summary.write(runId, quarter, file);
        return file;
    }
}
