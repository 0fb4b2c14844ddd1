package cn.qingdao.hrss.jiuye.job;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a run leaves in the database, without what differs between two runs with the same
 * result (run and submission ids, timestamps): to compare a killed-and-restarted run with an
 * uninterrupted one, table by table.
 */
final class DatabaseSnapshot {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("decision", "SELECT quarter, subsidy, district_code, row_number, id_number, name, decision, months, amount,"
                + " reason_codes, kept_months, dropped_months FROM decision ORDER BY quarter, subsidy, district_code, row_number");
        QUERIES.put("startup_grant", "SELECT quarter, district_code, row_number, id_number, credit_code FROM startup_grant"
                + " ORDER BY quarter, district_code, row_number");
        QUERIES.put("statistic_result", "SELECT quarter, district_code, indicator, stat_value, last_year, yoy_pct, year_to_date"
                + " FROM statistic_result ORDER BY quarter, district_code, indicator");
        QUERIES.put("submission", "SELECT quarter, district_code, file_name, sha256, file_size, status, error_codes,"
                + " stats_status, rows_read FROM submission ORDER BY quarter, file_name, sha256");
        QUERIES.put("run_submission", "SELECT r.quarter, s.file_name, rs.duplicate FROM run_submission rs"
                + " JOIN submission s ON s.id = rs.submission_id JOIN pipeline_run r ON r.id = rs.run_id"
                + " JOIN quarter_state q ON q.published_run_id = r.id ORDER BY r.quarter, s.file_name");
        QUERIES.put("staged rows", "SELECT s.file_name, (SELECT COUNT(*) FROM application a WHERE a.submission_id = s.id),"
                + " (SELECT COUNT(*) FROM field_error e WHERE e.submission_id = s.id),"
                + " (SELECT COUNT(*) FROM statistic_input i WHERE i.submission_id = s.id),"
                + " (SELECT COUNT(*) FROM submission_error e WHERE e.submission_id = s.id) FROM submission s ORDER BY s.file_name, s.sha256");
        QUERIES.put("runs", "SELECT quarter, state FROM pipeline_run WHERE state <> 'ABANDONED' ORDER BY quarter");
        QUERIES.put("leftovers", "SELECT 'lock', quarter FROM quarter_lock");
    }

    private DatabaseSnapshot() {
    }

    /** Every table's normalised rows, one string per row. */
    static Map<String, List<String>> of(String url, String user) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (var q : QUERIES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(i == 1 ? "" : ",").append(v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v));
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(q.getKey(), rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
        return tables;
    }
}
