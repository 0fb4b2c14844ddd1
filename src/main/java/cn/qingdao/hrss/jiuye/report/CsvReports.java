package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The three CSV files of rules §8, written from the database (streamed, never all rows in memory). */
@Component
public class CsvReports {

    /** The header of {@code decisions.csv} (rules §8). */
    public static final List<String> DECISIONS_COLUMNS = List.of("quarter", "district_code", "subsidy", "row_number",
            "id_number", "name", "decision", "months", "amount", "reason_codes");
    /** The header of {@code statistics.csv} (rules §8). */
    public static final List<String> STATISTICS_COLUMNS = List.of("quarter", "district_code", "indicator", "value",
            "last_year", "yoy_pct", "year_to_date");
    /** The header of {@code submissions.csv} (rules §8). */
    public static final List<String> SUBMISSIONS_COLUMNS = List.of("quarter", "district_code", "file", "sha256",
            "status", "error_codes");

    private final JdbcTemplate jdbc;
    private final ReportJdbc db;
    private final RunSubmissions submissions;
    private final DistrictRegistry registry;

    /** decisions.csv has a line per data row: it is read through {@link ReportJdbc#stream}, row by row. */
    public CsvReports(JdbcTemplate jdbc, ReportJdbc db, RunSubmissions submissions, DistrictRegistry registry) {
        this.jdbc = jdbc;
        this.db = db;
        this.submissions = submissions;
        this.registry = registry;
    }

    public void writeAll(long runId, Quarter quarter, Path quarterDir) {
        writeDecisions(runId, AtomicFiles.inside(quarterDir, "decisions.csv"));
        writeStatistics(runId, AtomicFiles.inside(quarterDir, "statistics.csv"));
        writeSubmissions(runId, quarter, AtomicFiles.inside(quarterDir, "submissions.csv"));
    }

    /**
     * decisions.csv: sorted by district, subsidy (startup, employer, flexible), row (rules §8). Read a
     * (district, subsidy) at a time through the primary key, which is already in row order: one query
     * sorted by district and subsidy made the database sort every decision of the run. The districts come
     * from the run's accepted submissions, not from a scan of its decisions.
     */
    void writeDecisions(long runId, Path file) {
        CsvWriter.write(file, DECISIONS_COLUMNS, csv -> {
            // the districts with decisions: those whose submission the run accepted, in code order
            List<String> districts = submissions.of(runId).stream().filter(RunSubmission::accepted)
                    .map(RunSubmission::districtCode).distinct().sorted().toList();
            for (String district : districts) {
                for (Subsidy subsidy : Subsidy.values()) { // startup, employer, flexible
                    db.stream("""
                            SELECT quarter, district_code, subsidy, row_number, id_number, name, decision, months, amount,
                                   reason_codes
                            FROM decision WHERE run_id = :run AND subsidy = :subsidy AND district_code = :district
                            ORDER BY run_id, subsidy, district_code, row_number""",
                            Map.of("run", runId, "subsidy", subsidy.code(), "district", district),
                            rs -> csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7), rs.getInt(8), money(rs.getBigDecimal(9)),
                                    rs.getString(10)));
                }
            }
        });
    }

    /** statistics.csv: per district code (the city 370200 first) and indicator in rules §3.5 order. */
    void writeStatistics(long runId, Path file) {
        CsvWriter.write(file, STATISTICS_COLUMNS, csv -> {
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
        });
    }

    /** submissions.csv: one line per registry district, ACCEPTED / REJECTED / MISSING (rules §8). */
    void writeSubmissions(long runId, Quarter quarter, Path file) {
        var byDistrict = RunSubmissions.byDistrict(submissions.of(runId), registry);
        CsvWriter.write(file, SUBMISSIONS_COLUMNS, csv -> {
            for (var e : byDistrict.entrySet()) {
                List<RunSubmission> files = e.getValue();
                java.util.TreeSet<String> codes = new java.util.TreeSet<>();
                files.forEach(f -> codes.addAll(f.codes()));
                csv.row(quarter, e.getKey(),
                        files.isEmpty() ? null : String.join(";", files.stream().map(RunSubmission::fileName).toList()),
                        files.isEmpty() ? null : String.join(";", files.stream().map(RunSubmission::sha256).toList()),
                        RunSubmissions.districtStatus(files), codes.isEmpty() ? null : String.join(";", codes));
            }
        });
    }

    private static String money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
