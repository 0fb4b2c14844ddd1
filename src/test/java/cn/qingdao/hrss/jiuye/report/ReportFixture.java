package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.qingdao.hrss.jiuye.domain.Quarter;

/**
 * An in-memory H2 database migrated with the project's Flyway scripts, holding one small,
 * realistic run of 2025Q1 (run 7):
 * <ul>
 * <li>370202 市南区: accepted; start-up rows 5 (approved 12,000), 6 (two invalid cells), 7 (already
 *     subsidised); employer rows 4 (partial, 2024-12 dropped) and 7 (approved, months 2024-10～12 and
 *     2025-02); flexible rows 3 (approved) and 4 (no social insurance).</li>
 * <li>370203 市北区: accepted, statistics rejected (STAT_TOTAL_MISMATCH); start-up row 5 approved
 *     2,000; flexible rows 3 (every month already paid) and 4 (partial, cap reached).</li>
 * <li>370211 黄岛区: rejected (MISSING_COLUMN).</li>
 * <li>370213 李沧区: accepted, nothing refused: flexible row 3 approved.</li>
 * <li>every other district: MISSING.</li>
 * </ul>
 * The city's statistics are those of rules §9: 78,300 new urban jobs (69,700 a year earlier,
 * +12.34%), 30,500 re-employed, 120,500 job postings.
 */
final class ReportFixture {

    static final long RUN = 7L;
    static final Quarter Q = Quarter.parse("2025Q1");

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    /** Every name and ID number inserted, to prove the summary holds none. */
    final List<String> personalData = new ArrayList<>();

    private final boolean h2;

    /** An in-memory H2 database, migrated like the application's. */
    ReportFixture() {
        this(new DriverManagerDataSource(
                "jdbc:h2:mem:report-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    /** Any database the project supports; {@code vendor} names its migration folder (h2, postgresql). */
    ReportFixture(DataSource dataSource, String vendor) {
        this.dataSource = dataSource;
        this.h2 = "h2".equals(vendor);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    void shutdown() {
        if (h2) {
            jdbc.execute("SHUTDOWN");
        }
    }

    /** The report reads of the application, on this database. */
    ReportJdbc reportJdbc() {
        return new ReportJdbc(dataSource, new Sequences(dataSource, JdbcClient.create(dataSource)));
    }

    OutputWorkbooks outputs() {
        ReportJdbc db = reportJdbc();
        DistrictRegistry names = districts();
        RunSubmissions subs = new RunSubmissions(db);
        return new OutputWorkbooks(subs, names, new PaymentRosterWriter(db, names), new FeedbackWriter(db, names),
                new SummaryWorkbookWriter(new SummaryQueries(db, subs), names, "2025-01-01起施行的新一轮就业创业补贴政策"));
    }

    static DistrictRegistry districts() {
        return DistrictRegistry.load(Path.of("data/reference/districts.csv"));
    }

    ReportFixture withSampleRun() {
        jdbc.update("INSERT INTO pipeline_run (id, quarter, inbox, out_dir, state, started_at, finished_at) "
                + "VALUES (?, '2025Q1', 'data/inbox/2025Q1', 'out', 'COMPLETED', "
                + "TIMESTAMP '2025-04-10 09:00:00', TIMESTAMP '2025-04-10 09:05:00')", RUN);
        jdbc.update("INSERT INTO quarter_state (quarter, published_run_id, published_at) "
                + "VALUES ('2025Q1', ?, TIMESTAMP '2025-04-10 09:04:30')", RUN);

        submission(1, "370202", "370202_2025Q1.xlsx", "ACCEPTED", null, "ACCEPTED");
        submission(2, "370203", "市北区2025Q1.xlsx", "ACCEPTED", "STAT_TOTAL_MISMATCH", "REJECTED");
        submission(3, "370211", "370211_2025Q1.xls", "REJECTED", "MISSING_COLUMN", null);
        submission(4, "370213", "370213_2025Q1.xlsx", "ACCEPTED", null, "ACCEPTED");
        submissionError(2, 1, "STAT_TOTAL_MISMATCH", "就业统计", 5, "季度合计", "1,000", "季度合计与各月数值不符");
        submissionError(3, 1, "MISSING_COLUMN", "吸纳就业社保补贴", null, "身份证号", null, "缺少列：身份证号");

        // 370202
        startup(1, "370202", 5, "张三", "37020219900101123X", "青岛海鸥科技有限公司", "91370202MA3C00001K");
        decision(1, "startup", "370202", 5, "张三", "37020219900101123X", "APPROVED", 0, "12000.00", null);
        startup(1, "370202", 6, "李四", "370202198505052345", "青岛蓝湾餐饮有限公司", null);
        decision(1, "startup", "370202", 6, "李四", "370202198505052345", "REJECTED", 0, "0.00",
                "INVALID_CREDIT_CODE;MISSING_VALUE");
        fieldError(1, "startup", 6, 1, "INVALID_CREDIT_CODE", "统一社会信用代码", "H", "=HYPERLINK(\"x\")");
        fieldError(1, "startup", 6, 2, "MISSING_VALUE", "登记注册日期", "I", null);
        startup(1, "370202", 7, "王五", "370202197706063456", "王五五金店", "92370202MA3C00002P");
        decision(1, "startup", "370202", 7, "王五", "370202197706063456", "REJECTED", 0, "0.00", "ALREADY_SUBSIDISED");

        employer(1, "370202", 4, "赵六", "370202199512124567", "青岛港湾物流有限公司", "91370202MA3C00003Q");
        decision(1, "employer", "370202", 4, "赵六", "370202199512124567", "PARTIAL", 2, "2401.00", "MONTH_BEFORE_CONTRACT");
        month("employer", "370202", 4, 202412, "MONTH_BEFORE_CONTRACT");
        month("employer", "370202", 4, 202501, null);
        month("employer", "370202", 4, 202502, null);
        employer(1, "370202", 7, "孙七", "370202199808085678", "青岛港湾物流有限公司", "91370202MA3C00003Q");
        decision(1, "employer", "370202", 7, "孙七", "370202199808085678", "APPROVED", 4, "4000.00", null);
        for (int m : new int[] {202410, 202411, 202412, 202502}) {
            month("employer", "370202", 7, m, null);
        }

        flexible(1, "370202", 3, "周八", "370202198003036789");
        decision(1, "flexible", "370202", 3, "周八", "370202198003036789", "APPROVED", 3, "1500.00", null);
        for (int m : new int[] {202501, 202502, 202503}) {
            month("flexible", "370202", 3, m, null);
        }
        flexible(1, "370202", 4, "吴九", "370202198104047890");
        decision(1, "flexible", "370202", 4, "吴九", "370202198104047890", "REJECTED", 0, "0.00", "NO_SOCIAL_INSURANCE");

        // 370203
        startup(2, "370203", 5, "郑十", "370203199202028901", "郑记小吃店", "92370203MA3C00004R");
        decision(2, "startup", "370203", 5, "郑十", "370203199202028901", "APPROVED", 0, "2000.00", null);
        flexible(2, "370203", 3, "冯十一", "370203197901019012");
        decision(2, "flexible", "370203", 3, "冯十一", "370203197901019012", "REJECTED", 0, "0.00", "MONTH_ALREADY_PAID");
        month("flexible", "370203", 3, 202501, "MONTH_ALREADY_PAID");
        month("flexible", "370203", 3, 202502, "MONTH_ALREADY_PAID");
        flexible(2, "370203", 4, "陈十二", "370203200001010123");
        decision(2, "flexible", "370203", 4, "陈十二", "370203200001010123", "PARTIAL", 1, "480.96", "PERIOD_CAP_REACHED");
        month("flexible", "370203", 4, 202501, null);
        month("flexible", "370203", 4, 202502, "PERIOD_CAP_REACHED");

        // 370213
        flexible(4, "370213", 3, "钱十三", "370213199303031234");
        decision(4, "flexible", "370213", 3, "钱十三", "370213199303031234", "APPROVED", 3, "1500.00", null);
        for (int m : new int[] {202501, 202502, 202503}) {
            month("flexible", "370213", 3, m, null);
        }

        // Statistics: 370202 + 370213 = city (370203's were rejected, the others have none).
        long[][] s202 = {{70_000, 62_000}, {27_000, 25_000}, {5_000, 4_800}, {100_000, 90_000}, {40, 35},
                {9_000, 8_000}, {120, 100}};
        long[][] s213 = {{8_300, 7_700}, {3_500, 3_000}, {600, 500}, {20_500, 18_000}, {8, 6}, {1_200, 1_000},
                {30, 25}};
        String[] codes = {"new_urban_employment", "reemployment", "difficult_employed", "job_postings",
                "recruitment_events", "training_participants", "service_stations"};
        for (int i = 0; i < codes.length; i++) {
            stat("370202", codes[i], s202[i][0], s202[i][1]);
            stat("370213", codes[i], s213[i][0], s213[i][1]);
            stat("370200", codes[i], s202[i][0] + s213[i][0], s202[i][1] + s213[i][1]);
            for (String d : new String[] {"370203", "370211", "370212", "370214", "370215", "370281", "370283",
                    "370285"}) {
                jdbc.update("INSERT INTO statistic_result (run_id, quarter, district_code, indicator) "
                        + "VALUES (?, '2025Q1', ?, ?)", RUN, d, codes[i]);
            }
        }
        return this;
    }

    void submission(long id, String district, String file, String status, String codes, String stats) {
        jdbc.update("INSERT INTO submission (id, quarter, district_code, file_name, sha256, file_size, status, "
                + "error_codes, stats_status, rows_read, received_at) VALUES (?, '2025Q1', ?, ?, ?, 1000, ?, ?, ?, 10, "
                + "TIMESTAMP '2025-04-09 17:00:00')", id, district, file, sha(id), status, codes, stats);
        jdbc.update("INSERT INTO run_submission (run_id, submission_id, duplicate) VALUES (?, ?, FALSE)", RUN, id);
    }

    static String sha(long id) {
        return String.valueOf((char) ('a' + id - 1)).repeat(64);
    }

    void submissionError(long sub, int seq, String code, String sheet, Integer row, String column, String value,
                         String message) {
        jdbc.update("INSERT INTO submission_error (submission_id, seq, code, sheet, row_number, column_name, "
                + "cell_value, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sub, seq, code, sheet, row, column, value,
                message);
    }

    void startup(long sub, String district, int row, String name, String id, String entity, String credit) {
        application(sub, "startup", district, row, name, id, entity, credit);
    }

    private void employer(long sub, String district, int row, String name, String id, String entity, String credit) {
        application(sub, "employer", district, row, name, id, entity, credit);
    }

    void flexible(long sub, String district, int row, String name, String id) {
        application(sub, "flexible", district, row, name, id, null, null);
    }

    private void application(long sub, String subsidy, String district, int row, String name, String id,
                             String entity, String credit) {
        personalData.add(name);
        personalData.add(id);
        jdbc.update("INSERT INTO application (submission_id, subsidy, row_number, district_code, id_number, name, "
                + "entity_name, credit_code, application_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, DATE '2025-03-01')",
                sub, subsidy, row, district, id, name, entity, credit);
    }

    void decision(long sub, String subsidy, String district, int row, String name, String id, String decision,
                  int months, String amount, String reasons) {
        jdbc.update("INSERT INTO decision (run_id, quarter, subsidy, district_code, row_number, submission_id, "
                + "id_number, name, decision, months, amount, reason_codes) VALUES (?, '2025Q1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RUN, subsidy, district, row, sub, id, name, decision, months, new BigDecimal(amount), reasons);
    }

    void fieldError(long sub, String subsidy, int row, int seq, String code, String column, String letter,
                            String value) {
        jdbc.update("INSERT INTO field_error (submission_id, subsidy, row_number, seq, code, column_name, "
                + "column_letter, cell_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sub, subsidy, row, seq, code, column,
                letter, value);
    }

    /** A claimed month of a decision (kept when {@code dropped} is null), added to its row as {@link MonthRuns} do. */
    void month(String subsidy, String district, int row, int month, String dropped) {
        String column = dropped == null ? "kept_months" : "dropped_months";
        String item = dropped == null ? Integer.toString(month) : month + ":" + dropped;
        jdbc.update("UPDATE decision SET " + column + " = CASE WHEN " + column + " IS NULL THEN ? ELSE " + column
                + " || ',' || ? END WHERE run_id = ? AND subsidy = ? AND district_code = ? AND row_number = ?",
                item, item, RUN, subsidy, district, row);
    }

    private void stat(String district, String indicator, long value, long lastYear) {
        BigDecimal yoy = BigDecimal.valueOf(value - lastYear).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lastYear), 2, java.math.RoundingMode.HALF_UP);
        jdbc.update("INSERT INTO statistic_result (run_id, quarter, district_code, indicator, stat_value, last_year, "
                + "yoy_pct, year_to_date) VALUES (?, '2025Q1', ?, ?, ?, ?, ?, ?)", RUN, district, indicator, value,
                lastYear, yoy, value);
    }
}
