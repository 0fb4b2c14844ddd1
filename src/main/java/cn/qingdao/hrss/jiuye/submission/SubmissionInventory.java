package cn.qingdao.hrss.jiuye.submission;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.LogText;
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
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
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
                        + "cover sheet and run again", quarter, LogText.printable(r.fileName()), r.errorCodes(), quarter);
                continue;
            }
            byDistrict.computeIfAbsent(r.districtCode(), k -> new ArrayList<>()).add(r);
        }
        List<SubmissionRepository.RunEntry> entries = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
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

    private SubmissionRecord record(Quarter quarter, Path file) {
        String name = file.getFileName().toString();
        String sha = FileDigest.sha256(file);
        Optional<SubmissionRecord> known = submissions.findSameFile(quarter.toString(), name, sha);
        if (known.isPresent()) {
            log.info("{}: '{}' unchanged since submission #{} ({}): not read again", quarter, LogText.printable(name),
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
                List<Problem> missing = new ArrayList<>();
                for (String sheet : SubmissionReader.requiredSheets()) {
                    if (!workbook.hasSheet(sheet)) {
                        missing.add(new Problem(ReasonCode.MISSING_SHEET, sheet,
                                "sheet " + sheet + " is missing" + (workbook.sheetNames().isEmpty() ? " (the workbook has no sheets)" : ""),
                                "文件“" + name + "”缺少工作表“" + sheet + "”" + (workbook.sheetNames().isEmpty() ? "（工作簿中没有任何工作表）" : "")
                                        + "；请使用统一模板填报后重新报送"));
                    }
                }
                return refuse(quarter, name, sha, size, fromName, missing);
            }
            Map<String, String> cover = CoverSheet.read(workbook);
            String code = cover.get(CoverSheet.DISTRICT_CODE);
            List<Problem> problems = new ArrayList<>();
            String district = code;
            if (!registry.contains(code)) {
                problems.add(new Problem(ReasonCode.UNKNOWN_DISTRICT, CoverSheet.SHEET,
                        "区市代码 " + quoted(code) + " is not in the district registry",
                        "填报信息中的区市代码" + quotedZh(code) + "不在区市名录中；请填写本区市的6位区市代码（如370202）"));
                district = fromName;
            }
            String stated = cover.get(CoverSheet.QUARTER);
            if (!quarter.equals(Quarter.parseLenient(stated))) {
                problems.add(new Problem(ReasonCode.QUARTER_MISMATCH, CoverSheet.SHEET,
                        "季度 " + quoted(stated) + " is not the quarter being run, " + quarter,
                        "填报信息中的季度" + quotedZh(stated) + "不是本次处理的季度（" + quarter.year() + "年第"
                                + quarter.number() + "季度）；请核对后重新报送"));
            }
            if (problems.isEmpty()) {
                return submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.PENDING, null);
            }
            return refuse(quarter, name, sha, size, district, problems);
        } catch (WorkbookException e) {
            return refuse(quarter, name, sha, size, fromName,
                    List.of(new Problem(e.code(), e.sheet(), e.getMessage(), e.messageZh())));
        } catch (DataAccessException | TransactionException e) {
            throw e; // the database, not the file: the run fails and is restarted
        } catch (RuntimeException e) {
            WorkbookException u = WorkbookException.unexpected(name, e);
            return refuse(quarter, name, sha, size, fromName,
                    List.of(new Problem(u.code(), null, u.getMessage(), u.messageZh())));
        }
    }

    /** A problem of a refused file: code, sheet, English message (log) and Chinese message (feedback). */
    private record Problem(ReasonCode code, String sheet, String message, String messageZh) {
    }

    private SubmissionRecord refuse(Quarter quarter, String name, String sha, long size, String district,
                                    List<Problem> problems) {
        String codes = join(problems.stream().map(Problem::code).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        SubmissionRecord r = submissions.insert(quarter.toString(), district, name, sha, size, SubmissionRecord.REJECTED, codes);
        for (Problem p : problems) {
            submissions.addError(r.id(), p.code(), p.sheet(), null, null, null, p.message(), p.messageZh());
            log.warn("{}: '{}' refused ({}): {}", quarter, LogText.printable(name), p.code(), LogText.printable(p.message()));
        }
        submissions.finishReading(r.id(), SubmissionRecord.REJECTED, codes, null, 0);
        return r;
    }

    /**
     * A cover value quoted in a message only when it is short and plain (a code, a quarter): whatever
     * else a district wrote there — a name, an ID number, a page of text — is described, not echoed.
     */
    static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "(blank)";
        }
        return isPlain(value) ? "'" + value + "'" : "(a value of " + value.length() + " characters)";
    }

    private static String quotedZh(String value) {
        if (value == null || value.isEmpty()) {
            return "（空白）";
        }
        return isPlain(value) ? "“" + value + "”" : "（" + value.length() + "个字符的内容）";
    }

    private static boolean isPlain(String value) {
        if (value.length() > 12) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == 'Q' || c == 'q' || c == '-' || c == ' '
                    || "年第季度一二三四".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
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
