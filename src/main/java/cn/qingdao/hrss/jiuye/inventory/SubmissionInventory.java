package cn.qingdao.hrss.jiuye.inventory;

import cn.qingdao.hrss.jiuye.read.SubmissionRowsReader;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.support.text.LogText;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First step of a run: takes stock of the inbox (rules §3, §7). Each file is identified by its
 * SHA-256; a file already seen with the same name and content keeps its earlier record (so an
 * unchanged district is not read again). A new file is opened and its cover sheet read to find
 * its district and quarter; files that cannot be read, name an unknown district or another
 * quarter are refused here. Two files for one district are both refused (DUPLICATE_SUBMISSION).
 *
 * <p>When the run reads by workers (its job parameter {@code readBy}, PostgreSQL), every file is also archived in
 * the database ({@link SubmittedFiles}), so that its read partition can run in a worker process on a machine that
 * does not see the inbox. A run that reads on its own threads reads the inbox and does not pay for the copy.
 */
@Component
public class SubmissionInventory {

    private static final Logger log = LoggerFactory.getLogger(SubmissionInventory.class);

    private final SubmissionRepository submissions;
    private final DistrictRegistry registry;
    private final TransactionTemplate tx;
    private final SubmittedFiles archive;

    public SubmissionInventory(SubmissionRepository submissions, DistrictRegistry registry, TransactionTemplate tx,
                               SubmittedFiles archive) {
        this.submissions = submissions;
        this.registry = registry;
        this.tx = tx;
        this.archive = archive;
    }

    /**
     * Records the run's submissions, archiving their files in the database when {@code archiving} (the run reads by
     * workers); returns them with their run-level duplicate flags.
     */
    public List<SubmissionRepository.RunEntry> takeStock(long runId, Quarter quarter, Path inbox, boolean archiving) {
        List<Path> files = InboxScanner.submissions(inbox);
        log.info("{}: {} file(s) in {}", quarter, files.size(), inbox);
        List<SubmissionRecord> records = new ArrayList<>();
        for (Path file : files) {
            records.add(record(quarter, file, archiving));
        }
        Map<String, List<SubmissionRecord>> byDistrict = new LinkedHashMap<>();
        for (SubmissionRecord r : records) {
            if (r.districtCode() == null) {
                log.warn("{}: file '{}' cannot be attributed to a district (no readable registry code on its cover "
                        + "sheet nor in its name): it is refused ({}); name the file <district code>_{}.xlsx or fix the "
                        + "cover sheet and run again", quarter, LogText.printable(r.fileName()), r.errorCodes(), quarter);
                continue;
            }
            byDistrict.computeIfAbsent(r.districtCode(), k -> new ArrayList<>()).add(r);
        }
        List<SubmissionRepository.RunEntry> entries = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (SubmissionRecord r : records) {
            List<SubmissionRecord> same = r.districtCode() == null ? List.of(r) : byDistrict.get(r.districtCode());
            boolean duplicate = same.size() > 1;
            if (duplicate && reported.add(r.districtCode())) {
                log.warn("{}: district {} sent {} files ({}): all are refused (DUPLICATE_SUBMISSION); keep one file "
                        + "in the inbox and run again", quarter, r.districtCode(), same.size(),
                        String.join(", ", same.stream().map(f -> LogText.printable(f.fileName())).toList()));
            }
            entries.add(new SubmissionRepository.RunEntry(r.id(), duplicate));
        }
        tx.executeWithoutResult(s -> submissions.replaceRunSubmissions(runId, entries));
        return entries;
    }

    private SubmissionRecord record(Quarter quarter, Path file, boolean archiving) {
        String name = file.getFileName().toString();
        String sha = FileDigest.sha256(file);
        if (archiving) {
            tx.executeWithoutResult(s -> archive.archive(file, sha));
        }
        Optional<SubmissionRecord> known = submissions.findSameFile(quarter.toString(), name, sha);
        if (known.isPresent()) {
            log.info("{}: '{}' unchanged since submission #{} ({}): not read again", quarter, LogText.printable(name),
                    known.get().id(), known.get().status());
            return known.get();
        }
        return tx.execute(s -> examine(quarter, file, name, sha));
    }

    /** Opens a new file and reads its cover: district and quarter (rules §3.1, §7). */
    private SubmissionRecord examine(Quarter quarter, Path file, String name, String sha) {
        long size = sizeOf(file);
        String fromName = registry.codeInFileName(name);
        try (SubmissionWorkbook workbook = Workbooks.open(file)) {
            if (!workbook.hasSheet(CoverSheet.SHEET)) {
                List<Refusal> missing = new ArrayList<>();
                for (String sheet : SubmissionRowsReader.requiredSheets()) {
                    if (!workbook.hasSheet(sheet)) {
                        missing.add(Refusal.missingSheet(name, sheet, workbook.sheetNames().isEmpty()));
                    }
                }
                return refuse(quarter, name, sha, size, fromName, missing);
            }
            Map<String, String> cover = CoverSheet.read(workbook);
            String code = cover.get(CoverSheet.DISTRICT_CODE);
            List<Refusal> problems = new ArrayList<>();
            String district = code;
            if (!registry.contains(code)) {
                problems.add(Refusal.unknownDistrict(code));
                district = fromName;
            }
            String stated = cover.get(CoverSheet.QUARTER);
            if (!quarter.equals(Quarter.parseLenient(stated))) {
                problems.add(Refusal.quarterMismatch(stated, quarter));
            }
            if (problems.isEmpty()) {
                return submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.PENDING, null);
            }
            return refuse(quarter, name, sha, size, district, problems);
        } catch (WorkbookException e) {
            return refuse(quarter, name, sha, size, fromName, List.of(Refusal.of(e)));
        } catch (DataAccessException | TransactionException e) {
            throw e; // the database, not the file: the run fails and is restarted
        } catch (RuntimeException e) {
            return refuse(quarter, name, sha, size, fromName, List.of(Refusal.of(WorkbookException.unexpected(name, e))));
        }
    }

    private SubmissionRecord refuse(Quarter quarter, String name, String sha, long size, String district,
                                    List<Refusal> problems) {
        String codes = join(problems.stream().map(Refusal::code).collect(Collectors.toCollection(TreeSet::new)));
        SubmissionRecord r = submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.REJECTED, codes);
        for (Refusal p : problems) {
            submissions.addError(r.id(), p.code(), p.sheet(), null, null, null, p.message(), p.messageZh());
            log.warn("{}: '{}' refused ({}): {}", quarter, LogText.printable(name), p.code(), LogText.printable(p.message()));
        }
        submissions.finishReading(r.id(), SubmissionRecord.REJECTED, codes, null, 0);
        return r;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    public static String join(java.util.Collection<ReasonCode> codes) {
        return String.join(";", codes.stream().map(Enum::name).sorted().toList());
    }
}
