package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.EmployerType;
import cn.qingdao.hrss.jiuye.domain.EntityType;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the stored application rows of a run in rank order (rules §5: district code, row number,
 * ascending, within each subsidy), a page at a time by key, so memory stays flat.
 */
@Component
public class StagedRows {

    private static final String COLUMNS = """
            a.submission_id, a.subsidy, a.row_number, a.district_code, a.id_number, a.name, a.category,
            a.graduation_date, a.entity_type, a.entity_name, a.credit_code, a.registration_date, a.first_business,
            a.operating, a.employer_type, a.contract_start, a.contract_end, a.employment_registered,
            a.flexible_registration_date, a.start_month, a.end_month, a.monthly_amount, a.application_date, a.field_codes """;

    private final JdbcTemplate jdbc;

    public StagedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run's accepted submissions in rank order: a run has at most one accepted submission per
     * district, so the rank order of rules §5 (district code, row number) is the submissions by
     * district code, and within each its rows by row number.
     */
    public List<RankedSubmission> acceptedInRankOrder(long runId) {
        return jdbc.query("""
                SELECT s.id, s.district_code FROM run_submission rs JOIN submission s ON s.id = rs.submission_id
                WHERE rs.run_id = ? AND rs.duplicate = FALSE AND s.status = 'ACCEPTED'
                ORDER BY s.district_code, s.id""",
                (rs, i) -> new RankedSubmission(rs.getLong(1), rs.getString(2)), runId);
    }

    /**
     * Up to {@code limit} rows of one submission's subsidy sheet after row {@code afterRow}, in row
     * order, read through the primary key (submission_id, subsidy, row_number): the last page costs
     * the same as the first.
     */
    public List<StagedRow> rowsAfter(long submissionId, Subsidy subsidy, int afterRow, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " " + """
                 FROM application a
                 WHERE a.submission_id = ? AND a.subsidy = ? AND a.row_number > ?
                 ORDER BY a.submission_id, a.subsidy, a.row_number
                 FETCH FIRST %d ROWS ONLY""".formatted(limit), // the whole key: H2 then reads in index order
                MAPPER, submissionId, subsidy.code(), afterRow);
    }

    /** An accepted submission of a run and its district, the first key of the rank. */
    public record RankedSubmission(long id, String districtCode) {
    }

    /** One stored row of an accepted submission of the quarter's published run, or null. */
    public StagedRow find(long runId, Subsidy subsidy, String district, int row) {
        List<StagedRow> rows = jdbc.query("SELECT " + COLUMNS + " " + """
                 FROM application a
                 JOIN run_submission rs ON rs.submission_id = a.submission_id AND rs.run_id = ?
                 WHERE a.subsidy = ? AND a.district_code = ? AND a.row_number = ?""",
                MAPPER, runId, subsidy.code(), district, row);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static final RowMapper<StagedRow> MAPPER = StagedRows::map;

    private static StagedRow map(ResultSet rs, int i) throws SQLException {
        Subsidy subsidy = Subsidy.fromCode(rs.getString("subsidy"));
        PersonCategory category = enumOf(PersonCategory.class, rs.getString("category"));
        Application a = switch (subsidy) {
            case STARTUP -> new StartupApplication(rs.getString("name"), rs.getString("id_number"), category,
                    date(rs, "graduation_date"), enumOf(EntityType.class, rs.getString("entity_type")),
                    rs.getString("entity_name"), rs.getString("credit_code"), date(rs, "registration_date"),
                    bool(rs, "first_business"), bool(rs, "operating"), date(rs, "application_date"));
            case EMPLOYER -> new EmployerApplication(rs.getString("entity_name"), rs.getString("credit_code"),
                    enumOf(EmployerType.class, rs.getString("employer_type")), rs.getString("name"),
                    rs.getString("id_number"), category, date(rs, "graduation_date"), date(rs, "contract_start"),
                    date(rs, "contract_end"), bool(rs, "employment_registered"),
                    Months.fromInt(integer(rs, "start_month")), Months.fromInt(integer(rs, "end_month")),
                    rs.getBigDecimal("monthly_amount"), date(rs, "application_date"));
            case FLEXIBLE -> new FlexibleApplication(rs.getString("name"), rs.getString("id_number"), category,
                    date(rs, "graduation_date"), date(rs, "flexible_registration_date"),
                    Months.fromInt(integer(rs, "start_month")), Months.fromInt(integer(rs, "end_month")),
                    rs.getBigDecimal("monthly_amount"), date(rs, "application_date"));
        };
        return new StagedRow(rs.getLong("submission_id"), rs.getString("district_code"), rs.getInt("row_number"),
                a, rs.getString("field_codes"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class); // JDBC 4.2: no java.sql.Date and its calendar in between
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
