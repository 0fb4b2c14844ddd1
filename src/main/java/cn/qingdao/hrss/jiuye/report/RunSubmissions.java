package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The submissions that make up a run ({@code run_submission} joined to {@code submission}) and
 * each registry district's status ACCEPTED / REJECTED / MISSING (rules §7, §8).
 */
@Component
public class RunSubmissions {

    private final ReportJdbc db;

    public RunSubmissions(ReportJdbc db) {
        this.db = db;
    }

    /** Every submission of the run, sorted by district code (unattributed last) and file name. */
    public List<RunSubmission> of(long runId) {
        String sql = "SELECT s.id, s.district_code, s.file_name, s.sha256, s.status, s.error_codes, s.stats_status, "
                + "rs.duplicate AS dup FROM run_submission rs JOIN submission s ON s.id = rs.submission_id "
                + "WHERE rs.run_id = :run ORDER BY CASE WHEN s.district_code IS NULL THEN 1 ELSE 0 END, "
                + "s.district_code, s.file_name, s.id";
        return db.list(sql, Map.of("run", runId), (rs, i) -> new RunSubmission(rs.getLong("id"),
                rs.getString("district_code"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("status"), RunSubmission.splitCodes(rs.getString("error_codes")),
                rs.getString("stats_status"), rs.getBoolean("dup")));
    }

    /** The run's submissions per registry district (in registry order; empty list: MISSING). */
    public static Map<String, List<RunSubmission>> byDistrict(List<RunSubmission> all, DistrictRegistry districts) {
        Map<String, List<RunSubmission>> map = new LinkedHashMap<>();
        for (String code : districts.codes()) {
            map.put(code, all.stream().filter(s -> code.equals(s.districtCode())).toList());
        }
        return map;
    }

    /** ACCEPTED when one of the district's submissions is accepted, REJECTED when it has only refused ones, else MISSING. */
    public static String districtStatus(List<RunSubmission> submissions) {
        if (submissions.stream().anyMatch(RunSubmission::accepted)) {
            return RunSubmission.ACCEPTED;
        }
        return submissions.isEmpty() ? RunSubmission.MISSING : RunSubmission.REJECTED;
    }
}
