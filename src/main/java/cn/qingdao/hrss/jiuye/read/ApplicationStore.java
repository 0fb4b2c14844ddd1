package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.domain.Application;
import cn.qingdao.hrss.jiuye.domain.EmployerApplication;
import cn.qingdao.hrss.jiuye.domain.FlexibleApplication;
import cn.qingdao.hrss.jiuye.domain.Months;
import cn.qingdao.hrss.jiuye.domain.StartupApplication;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.validation.FieldError;
import cn.qingdao.hrss.jiuye.validation.ValidatedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staged rows of a submission: its typed rows in {@code application} and their invalid cells in
 * {@code field_error} ({@link BulkInsert}: COPY on PostgreSQL), written a chunk at a time in the
 * caller's transaction, so that memory does not grow with the number of rows. A row is put in the
 * form it is stored in ({@link #staged}) as soon as it is validated, while its cells are still at hand.
 */
@Component
public class ApplicationStore {

    private static final List<String> APPLICATION_COLUMNS = List.of("submission_id", "subsidy", "row_number",
            "district_code", "id_number", "name", "category", "graduation_date", "entity_type", "entity_name",
            "credit_code", "registration_date", "first_business", "operating", "employer_type", "contract_start",
            "contract_end", "employment_registered", "flexible_registration_date", "start_month", "end_month",
            "monthly_amount", "application_date", "field_codes");
    private static final List<String> FIELD_ERROR_COLUMNS = List.of("submission_id", "subsidy", "row_number", "seq",
            "code", "column_name", "column_letter", "cell_value");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BulkInsert bulk;

    public ApplicationStore(JdbcTemplate jdbc, TransactionTemplate tx, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.bulk = bulk;
    }

    /** Removes whatever an interrupted or earlier reading of this submission left (in the caller's transaction, if any). */
    public void clear(long submissionId) {
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM field_error WHERE submission_id = ?", submissionId);
            jdbc.update("DELETE FROM application WHERE submission_id = ?", submissionId);
            jdbc.update("DELETE FROM statistic_input WHERE submission_id = ?", submissionId);
            jdbc.update("DELETE FROM submission_error WHERE submission_id = ?", submissionId);
        });
    }

    /**
     * A validated row of a submission in the form it is stored in: its {@code application} columns and
     * its {@code field_error} rows.
     */
    public StagedApplication staged(long submissionId, String districtCode, ValidatedRow<? extends Application> row) {
        Application a = row.application();
        String subsidy = a.subsidy().code();
        TreeSet<String> codes = new TreeSet<>();
        List<Object[]> errors = new ArrayList<>(row.errors().size());
        int seq = 0;
        for (FieldError e : row.errors()) {
            codes.add(e.code().name());
            errors.add(new Object[] {submissionId, subsidy, row.rowNumber(), ++seq, e.code().name(), e.column(),
                    e.columnLetter(), truncate(e.value(), 300)});
        }
        return new StagedApplication(columns(submissionId, districtCode, a, row.rowNumber(),
                codes.isEmpty() ? null : String.join(";", codes)), errors);
    }

    /** Inserts staged rows, in the caller's transaction. */
    public void write(Iterable<? extends StagedApplication> rows) {
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> errors = new ArrayList<>();
        for (StagedApplication row : rows) {
            applications.add(row.application());
            errors.addAll(row.fieldErrors());
        }
        bulk.insert("application", APPLICATION_COLUMNS, applications);
        bulk.insert("field_error", FIELD_ERROR_COLUMNS, errors);
    }

    private static Object[] columns(long submissionId, String districtCode, Application a, int rowNumber, String fieldCodes) {
        Object[] p = new Object[24];
        p[0] = submissionId;
        p[1] = a.subsidy().code();
        p[2] = rowNumber;
        p[3] = districtCode;
        p[4] = truncate(a.idNumber(), 64);
        p[5] = truncate(a.name(), 200);
        p[6] = a.category() == null ? null : a.category().name();
        p[7] = a.graduationDate();
        p[22] = a.applicationDate();
        p[23] = fieldCodes;
        if (a instanceof StartupApplication s) {
            p[8] = s.entityType() == null ? null : s.entityType().name();
            p[9] = truncate(s.entityName(), 300);
            p[10] = truncate(s.creditCode(), 64);
            p[11] = s.registrationDate();
            p[12] = s.firstBusiness();
            p[13] = s.operating();
        } else if (a instanceof EmployerApplication e) {
            p[9] = truncate(e.employerName(), 300);
            p[10] = truncate(e.creditCode(), 64);
            p[14] = e.employerType() == null ? null : e.employerType().name();
            p[15] = e.contractStart();
            p[16] = e.contractEnd();
            p[17] = e.employmentRegistered();
            p[19] = Months.toInt(e.startMonth());
            p[20] = Months.toInt(e.endMonth());
            p[21] = e.monthlyAmount();
        } else if (a instanceof FlexibleApplication f) {
            p[18] = f.flexibleRegistrationDate();
            p[19] = Months.toInt(f.startMonth());
            p[20] = Months.toInt(f.endMonth());
            p[21] = f.monthlyAmount();
        }
        return p;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
