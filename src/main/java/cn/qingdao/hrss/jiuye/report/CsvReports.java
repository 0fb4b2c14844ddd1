package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.Quarter;
import cn.qingdao.hrss.jiuye.submission.SubmissionRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The three CSV files of SPEC §8, written from the database (streamed, never all rows in memory). */
@Component
public class CsvReports {

    private final JdbcTemplate jdbc;
    private final SubmissionRepository submissions;
    private final DistrictRegistry registry;

    public CsvReports(JdbcTemplate jdbc, SubmissionRepository submissions, DistrictRegistry registry) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.registry = registry;
    }

    public void writeAll(long runId, Quarter quarter, Path quarterDir) {
        writeDecisions(runId, OutputFiles.inside(quarterDir, "decisions.csv"));
        writeStatistics(runId, OutputFiles.inside(quarterDir, "statistics.csv"));
        writeSubmissions(runId, quarter, OutputFiles.inside(quarterDir, "submissions.csv"));
    }

    /** decisions.csv: sorted by district, subsidy (startup, employer, flexible), row (SPEC §8). */
    void writeDecisions(long runId, Path file) {
        try (CsvWriter csv = new CsvWriter(file, "quarter", "district_code", "subsidy", "row_number", "id_number",
                "name", "decision", "months", "amount", "reason_codes")) {
            jdbc.query("""
                    SELECT quarter, district_code, subsidy, row_number, id_number, name, decision, months, amount, reason_codes
                    FROM decision WHERE run_id = ?
                    ORDER BY district_code,
                      CASE subsidy WHEN 'startup' THEN 1 WHEN 'employer' THEN 2 ELSE 3 END,
                      row_number""",
                    rs -> {
                        csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8), money(rs.getBigDecimal(9)), rs.getString(10));
                    }, runId);
        }
    }

    /** statistics.csv: per district code (the city 370200 first) and indicator in SPEC §3.5 order. */
    void writeStatistics(long runId, Path file) {
        try (CsvWriter csv = new CsvWriter(file, "quarter", "district_code", "indicator", "value", "last_year",
                "yoy_pct", "year_to_date")) {
            jdbc.query("""
                    SELECT quarter, district_code, indicator, stat_value, last_year, yoy_pct, year_to_date
                    FROM statistic_result WHERE run_id = ?
                    ORDER BY district_code, CASE indicator
                      WHEN 'new_urban_employment' THEN 1 WHEN 'reemployment' THEN 2 WHEN 'difficult_employed' THEN 3
                      WHEN 'job_postings' THEN 4 WHEN 'recruitment_events' THEN 5 WHEN 'training_participants' THEN 6
                      ELSE 7 END""",
                    rs -> {
                        csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getObject(5),
                                money(rs.getBigDecimal(6)), rs.getObject(7));
                    }, runId);
        }
    }

    /** submissions.csv: one line per registry district, ACCEPTED / REJECTED / MISSING (SPEC §8). */
    void writeSubmissions(long runId, Quarter quarter, Path file) {
        Map<String, List<SubmissionRepository.RunSubmission>> byDistrict = new LinkedHashMap<>();
        for (var s : submissions.ofRun(runId)) {
            if (s.districtCode() != null) {
                byDistrict.computeIfAbsent(s.districtCode(), k -> new ArrayList<>()).add(s);
            }
        }
        try (CsvWriter csv = new CsvWriter(file, "quarter", "district_code", "file", "sha256", "status", "error_codes")) {
            for (String district : registry.codes()) {
                List<SubmissionRepository.RunSubmission> files = byDistrict.getOrDefault(district, List.of());
                if (files.isEmpty()) {
                    csv.row(quarter, district, null, null, "MISSING", null);
                    continue;
                }
                boolean rejected = files.stream().anyMatch(f -> !"ACCEPTED".equals(f.effectiveStatus()));
                java.util.TreeSet<String> codes = new java.util.TreeSet<>();
                for (var f : files) {
                    if (f.effectiveErrorCodes() != null) {
                        codes.addAll(List.of(f.effectiveErrorCodes().split(";")));
                    }
                }
                csv.row(quarter, district,
                        String.join(";", files.stream().map(SubmissionRepository.RunSubmission::fileName).toList()),
                        String.join(";", files.stream().map(SubmissionRepository.RunSubmission::sha256).toList()),
                        rejected ? "REJECTED" : "ACCEPTED", codes.isEmpty() ? null : String.join(";", codes));
            }
        }
    }

    private static String money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
