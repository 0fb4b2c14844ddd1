package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.common.Quarter;

/**
 * Writes every workbook of a run from the database alone (SPEC §8; also the {@code report}
 * command of SPEC §10): under {@code outDir/<Q>/} the city summary {@code summary-<Q>.xlsx}, and
 * per registry district {@code <district>/payment-roster-<district>-<Q>.xlsx} (accepted
 * submission) and {@code <district>/feedback-<district>-<Q>.xlsx} (any submission). A roster or
 * feedback workbook left from an earlier run for a district that no longer has one is removed,
 * so the folder always matches the run. Each file is written atomically.
 */
@Component
public class OutputWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(OutputWorkbooks.class);

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
        for (Map.Entry<String, List<RunSubmission>> e : byDistrict.entrySet()) {
            String district = e.getKey();
            List<RunSubmission> subs = e.getValue();
            Path roster = AtomicFiles.inside(outDir, quarter.toString(), district,
                    PaymentRosterWriter.fileName(district, quarter));
            Path fb = AtomicFiles.inside(outDir, quarter.toString(), district, FeedbackWriter.fileName(district, quarter));
            if (RunSubmission.ACCEPTED.equals(RunSubmissions.districtStatus(subs))) {
                rosters.write(runId, quarter, district, roster);
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
        }
        log.info("Run {}: wrote {} workbooks for {} under {}", runId, written.size(), quarter, outDir);
        return written;
    }

    /** Writes only {@code outDir/<quarter>/summary-<quarter>.xlsx}. */
    public Path writeSummary(long runId, Quarter quarter, Path outDir) throws IOException {
        Path file = AtomicFiles.inside(outDir, quarter.toString(), SummaryWorkbookWriter.fileName(quarter));
        summary.write(runId, quarter, file);
        return file;
    }
}
