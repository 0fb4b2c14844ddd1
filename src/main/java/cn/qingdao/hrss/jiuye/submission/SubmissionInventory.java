package cn.qingdao.hrss.jiuye.submission;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.common.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First step of a run: takes stock of the inbox (SPEC §3, §7). Each file is identified by its
 * SHA-256; a file already seen with the same name and content keeps its earlier record (so an
 * unchanged district is not read again). A new file is opened and its cover sheet read to find
 * its district and quarter; files that cannot be read, name an unknown district or another
 * quarter are refused here. Two files for one district are both refused (DUPLICATE_SUBMISSION).
 */
@Component
public class SubmissionInventory {

    private static final Logger log = LoggerFactory.getLogger(SubmissionInventory.class);

    private final SubmissionRepository submissions;
    private final DistrictRegistry registry;
    private final TransactionTemplate tx;

    public SubmissionInventory(SubmissionRepository submissions, DistrictRegistry registry, TransactionTemplate tx) {
        this.submissions = submissions;
        this.registry = registry;
        this.tx = tx;
    }

    /** Records the run's submissions; returns them with their run-level duplicate flags. */
    public List<SubmissionRepository.RunEntry> takeStock(long runId, Quarter quarter, Path inbox) {
        List<Path> files = InboxScanner.submissions(inbox);
        log.info("{}: {} file(s) in {}", quarter, files.size(), inbox);
        List<SubmissionRecord> records = new ArrayList<>();
        for (Path file : files) {
            records.add(record(quarter, file));
        }
        Map<String, List<SubmissionRecord>> byDistrict = new LinkedHashMap<>();
        for (SubmissionRecord r : records) {
            if (r.districtCode() == null) {
                log.warn("{}: file '{}' cannot be attributed to a district (no readable registry code on its cover "
                        + "sheet nor in its name): it is refused ({}); name the file <district code>_{}.xlsx or fix the "
                        + "cover sheet and run again", quarter, r.fileName(), r.errorCodes(), quarter);
                continue;
            }
            byDistrict.computeIfAbsent(r.districtCode(), k -> new ArrayList<>()).add(r);
        }
        List<SubmissionRepository.RunEntry> entries = new ArrayList<>();
        for (SubmissionRecord r : records) {
            List<SubmissionRecord> same = r.districtCode() == null ? List.of(r) : byDistrict.get(r.districtCode());
            boolean duplicate = same.size() > 1;
            if (duplicate) {
                log.warn("{}: district {} sent {} files ({}): all are refused (DUPLICATE_SUBMISSION); keep one file "
                        + "in the inbox and run again", quarter, r.districtCode(), same.size(),
                        String.join(", ", same.stream().map(SubmissionRecord::fileName).toList()));
            }
            entries.add(new SubmissionRepository.RunEntry(r.id(), duplicate));
        }
        tx.executeWithoutResult(s -> submissions.replaceRunSubmissions(runId, entries));
        return entries;
    }

    private SubmissionRecord record(Quarter quarter, Path file) {
        String name = file.getFileName().toString();
        String sha = FileDigest.sha256(file);
        Optional<SubmissionRecord> known = submissions.findSameFile(quarter.toString(), name, sha);
        if (known.isPresent()) {
            log.info("{}: '{}' unchanged since submission #{} ({}): not read again", quarter, name,
                    known.get().id(), known.get().status());
            return known.get();
        }
        return tx.execute(s -> examine(quarter, file, name, sha));
    }

    /** Opens a new file and reads its cover: district and quarter (SPEC §3.1, §7). */
    private SubmissionRecord examine(Quarter quarter, Path file, String name, String sha) {
        long size = sizeOf(file);
        String fromName = registry.codeInFileName(name);
        try (SubmissionWorkbook workbook = Workbooks.open(file)) {
            if (!workbook.hasSheet(CoverSheet.SHEET)) {
                return refuse(quarter, name, sha, size, fromName, ReasonCode.MISSING_SHEET, CoverSheet.SHEET,
                        "sheet 填报信息 (cover) is missing");
            }
            Map<String, String> cover = CoverSheet.read(workbook);
            String code = cover.get(CoverSheet.DISTRICT_CODE);
            TreeSet<ReasonCode> codes = new TreeSet<>();
            List<String> messages = new ArrayList<>();
            String district = code;
            if (!registry.contains(code)) {
                codes.add(ReasonCode.UNKNOWN_DISTRICT);
                messages.add("区市代码 '" + (code == null ? "" : code) + "' is not in the district registry");
                district = fromName;
            }
            Quarter stated = Quarter.parseLenient(cover.get(CoverSheet.QUARTER));
            if (!quarter.equals(stated)) {
                codes.add(ReasonCode.QUARTER_MISMATCH);
                messages.add("季度 '" + (cover.get(CoverSheet.QUARTER) == null ? "" : cover.get(CoverSheet.QUARTER))
                        + "' is not the quarter being run, " + quarter);
            }
            if (codes.isEmpty()) {
                return submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.PENDING, null);
            }
            SubmissionRecord r = submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.REJECTED, join(codes));
            int i = 0;
            for (ReasonCode c : codes) {
                submissions.addError(r.id(), c, CoverSheet.SHEET, null, null, null, messages.get(i++));
            }
            submissions.finishReading(r.id(), SubmissionRecord.REJECTED, join(codes), null, 0);
            log.warn("{}: '{}' refused: {}", quarter, name, String.join("; ", messages));
            return r;
        } catch (WorkbookException e) {
            return refuse(quarter, name, sha, size, fromName, e.code(), e.sheet(), e.getMessage());
        }
    }

    private SubmissionRecord refuse(Quarter quarter, String name, String sha, long size, String district,
                                    ReasonCode code, String sheet, String message) {
        SubmissionRecord r = submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.REJECTED, code.name());
        submissions.addError(r.id(), code, sheet, null, null, null, message);
        submissions.finishReading(r.id(), SubmissionRecord.REJECTED, code.name(), null, 0);
        log.warn("{}: '{}' refused ({}): {}", quarter, name, code, message);
        return r;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static String join(java.util.Collection<ReasonCode> codes) {
        return String.join(";", codes.stream().map(Enum::name).sorted().toList());
    }
}
