package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.decide.DecisionExplainer;
import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import cn.qingdao.hrss.jiuye.report.SimulationWorkbookWriter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.simulate.SimulationRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * {@code simulate} on the sample quarters: 2025Q1 and 2025Q2 are run, then 2025Q2 is simulated under
 * reforms whose effect the test computes on its own from the published decisions and the stored
 * applications — each changed row and the totals must match exactly — and under a copy of the current
 * parameters, which must change nothing. The record (decisions, grants, publication) and the output files
 * are hashed before and after: a simulation leaves them byte for byte as they were.
 * Subclasses choose the database; the methods run in order on one database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SimulationTest {

    private static final Quarter Q2 = Quarter.parse("2025Q2");
    private static final BigDecimal MAX = new BigDecimal("500.00");

    @Autowired
    QuarterRunner runner;

    @Autowired
    SimulationRunner simulations;

    @Autowired
    DecisionExplainer explainer;

    @Autowired
    JdbcTemplate jdbc;

    private static String recordBefore;
    private static String filesBefore;

    abstract Path root();

    Path out() {
        return root().resolve("out");
    }

    Path simulationsOut() {
        return root().resolve("simulations");
    }

    @Test
    @Order(1)
    void theSampleQuartersArePublished() throws IOException {
        FileSystemUtils.deleteRecursively(root());
        assertThat(runner.run(Quarter.parse("2025Q1"), Path.of("data/inbox/2025Q1"), out())).isEqualTo(QuarterRunner.OK);
        assertThat(runner.run(Q2, Path.of("data/inbox/2025Q2"), out())).isEqualTo(QuarterRunner.OK);
        recordBefore = recordDigest();
        filesBefore = filesDigest(out());
    }

    @Test
    @Order(2)
    void aCopyOfTheCurrentParametersChangesNothing() throws IOException {
        Path policy = policyCopy("same");

        Result r = simulate(policy, "same");

        assertThat(r.exit).isEqualTo(QuarterRunner.OK);
        assertThat(count("SELECT COUNT(*) FROM simulation_decision WHERE run_id = ?", simulationId("same")))
                .isEqualTo(count("SELECT COUNT(*) FROM decision WHERE run_id = ?", publishedRun()));
        assertThat(count("""
                SELECT COUNT(*) FROM decision d JOIN simulation_decision s ON s.run_id = ? AND s.subsidy = d.subsidy
                  AND s.district_code = d.district_code AND s.row_number = d.row_number
                WHERE d.run_id = ? AND (s.decision <> d.decision OR s.months <> d.months OR s.amount <> d.amount
                  OR COALESCE(s.reason_codes, '-') <> COALESCE(d.reason_codes, '-')
                  OR COALESCE(s.kept_months, '-') <> COALESCE(d.kept_months, '-')
                  OR COALESCE(s.dropped_months, '-') <> COALESCE(d.dropped_months, '-'))""",
                simulationId("same"), publishedRun())).isZero();
        assertThat(r.output).contains(" 0 changed.", "difference +0.00 yuan (+0.00 万元)", "(+0), partly approved");
        List<String> cells = WorkbookText.cells(r.workbook);
        assertThat(cells).noneMatch(c -> c.startsWith(SimulationWorkbookWriter.CHANGED + "!") && !c.matches("[^!]+![A-N]1=.*"));
        assertThat(cells).filteredOn(c -> c.startsWith(SimulationWorkbookWriter.OVERVIEW + "!E") && !c.endsWith("=差额"))
                .isNotEmpty().allMatch(c -> c.endsWith("=0") || c.endsWith("=0.00"));
        assertThat(cells).contains(SimulationWorkbookWriter.OVERVIEW + "!A2=模拟参数目录：" + policy.toAbsolutePath().normalize()
                + "；对比的已发布运行：#" + publishedRun() + "；与现行参数不同的参数：无");
    }

    @Test
    @Order(3)
    void aHigherFlexibleMaximumFromInsideTheQuarterRaisesExactlyTheRowsItCaps() throws IOException {
        LocalDate from = LocalDate.parse("2025-05-01");
        BigDecimal raised = new BigDecimal("600.00");
        Path policy = policyCopy("max600");
        addValue(policy.resolve("flexible/monthly_max.yaml"), from, "600.00");
        // Independently: every flexible row with kept months is months × min(monthly × 2/3, maximum).
        Map<String, String> expected = new TreeMap<>();
        BigDecimal expectedDifference = BigDecimal.ZERO;
        for (Map<String, Object> row : flexibleRowsWithKeptMonths()) {
            int months = ((Number) row.get("months")).intValue();
            BigDecimal share = ((BigDecimal) row.get("monthly_amount")).multiply(BigDecimal.valueOf(2))
                    .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            BigDecimal amount = (BigDecimal) row.get("amount");
            assertThat(amount).isEqualByComparingTo(share.min(MAX).multiply(BigDecimal.valueOf(months)));
            LocalDate applied = ((java.sql.Date) row.get("application_date")).toLocalDate();
            BigDecimal now = applied.isBefore(from) ? amount : share.min(raised).multiply(BigDecimal.valueOf(months));
            if (now.compareTo(amount) != 0) {
                expected.put(key(row), row.get("decision") + " " + months + " " + now.setScale(2));
                expectedDifference = expectedDifference.add(now.subtract(amount));
            }
        }
        assertThat(expected).isNotEmpty();

        Result r = simulate(policy, "max600");

        assertThat(r.exit).isEqualTo(QuarterRunner.OK);
        assertThat(changedRows("max600")).isEqualTo(expected);
        assertThat(changedRowsInTheWorkbook(r.workbook)).isEqualTo(expected.keySet());
        assertThat(r.output).contains(" " + expected.size() + " changed.",
                String.format(java.util.Locale.ROOT, "difference %+,.2f yuan", expectedDifference), "(+0), partly approved");
        assertThat(WorkbookText.cells(r.workbook)).anyMatch(c -> c.startsWith(SimulationWorkbookWriter.CHANGED + "!N")
                && c.endsWith("=flexible.monthly_max 500.00 → 600.00"));
    }

    @Test
    @Order(4)
    void aStartUpAmountCutLowersEveryApprovedIndividualBusiness() throws IOException {
        Path policy = policyCopy("cut");
        addValue(policy.resolve("startup/amount/individual.yaml"), LocalDate.parse("2025-04-01"), "1500.00");
        Map<String, String> expected = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT d.district_code, d.row_number, d.amount FROM decision d
                JOIN application a ON a.submission_id = d.submission_id AND a.subsidy = d.subsidy AND a.row_number = d.row_number
                WHERE d.run_id = ? AND d.subsidy = 'startup' AND d.decision = 'APPROVED' AND a.entity_type = 'INDIVIDUAL'""",
                publishedRun())) {
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("2000.00");
            expected.put(row.get("district_code") + " startup " + row.get("row_number"), "APPROVED 0 1500.00");
        }
        assertThat(expected).isNotEmpty();

        Result r = simulate(policy, "cut");

        assertThat(r.exit).isEqualTo(QuarterRunner.OK);
        assertThat(changedRows("cut")).isEqualTo(expected);
        assertThat(changedRowsInTheWorkbook(r.workbook)).isEqualTo(expected.keySet());
        assertThat(r.output).contains(String.format(java.util.Locale.ROOT, "difference %+,.2f yuan",
                BigDecimal.valueOf(-500L * expected.size()).setScale(2)));
    }

    @Test
    @Order(5)
    void aShorterGraduateWindowDropsTheMonthsPastIt() throws IOException {
        Path policy = policyCopy("window12");
        addValue(policy.resolve("flexible/graduate_window_months.yaml"), LocalDate.parse("2025-04-01"), "12");
        // Independently: a graduate's kept months after graduation month + 12 are dropped.
        Map<String, String> expected = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT d.district_code, d.row_number, d.months, d.amount, d.kept_months, a.graduation_date,
                       a.start_month, a.end_month
                FROM decision d
                JOIN application a ON a.submission_id = d.submission_id AND a.subsidy = d.subsidy AND a.row_number = d.row_number
                WHERE d.run_id = ? AND d.subsidy = 'flexible' AND d.months > 0 AND a.category = 'GRADUATE'""", publishedRun())) {
            LocalDate graduated = ((java.sql.Date) row.get("graduation_date")).toLocalDate();
            int last = graduated.getYear() * 100 + graduated.getMonthValue() + 12;
            last = (last / 100 + (last % 100 - 1) / 12) * 100 + (last % 100 - 1) % 12 + 1;
            List<Integer> kept = MonthRuns.keptMonths((String) row.get("kept_months"));
            int months = ((Number) row.get("months")).intValue();
            final int lastMonth = last;
            long still = kept.stream().filter(m -> m <= lastMonth).count();
            if (still != months) {
                BigDecimal perMonth = ((BigDecimal) row.get("amount")).divide(BigDecimal.valueOf(months), 2, RoundingMode.UNNECESSARY);
                expected.put(key(row), (still == 0 ? "REJECTED" : "PARTIAL") + " " + still + " "
                        + perMonth.multiply(BigDecimal.valueOf(still)).setScale(2));
            }
        }
        assertThat(expected).isNotEmpty();

        Result r = simulate(policy, "window12");

        assertThat(r.exit).isEqualTo(QuarterRunner.OK);
        assertThat(changedRows("window12")).isEqualTo(expected);
        assertThat(changedRowsInTheWorkbook(r.workbook)).isEqualTo(expected.keySet());
    }

    @Test
    @Order(6)
    void explainUnderTheSimulatedParametersShowsTheSimulatedValue() throws IOException {
        Path policy = root().resolve("policy-max600");
        Map.Entry<String, String> changed = changedRows("max600").entrySet().iterator().next();
        String row = changed.getKey();
        String[] key = row.split(" ");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int exit = explainer.explain(Q2, key[0], Subsidy.FLEXIBLE, Integer.parseInt(key[2]),
                SubsidyRules.of(PolicyParameters.load(policy)), policy, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Explained under the simulated parameters of " + policy,
                "flexible.monthly_max = 600.00, in force from 2025-05-01",
                ", amount " + changed.getValue().split(" ")[2] + " — DIFFERENT from the published decision")
                .doesNotContain("flexible.monthly_max = 500.00");
    }

    @Test
    @Order(7)
    void simulatingAgainUnderTheSameNameReplacesTheSimulation() throws IOException {
        Map<String, String> before = changedRows("max600");

        Result r = simulate(root().resolve("policy-max600"), "max600");

        assertThat(r.exit).isEqualTo(QuarterRunner.OK);
        assertThat(count("SELECT COUNT(*) FROM simulation WHERE quarter = '2025Q2' AND name = 'max600'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM simulation_decision s JOIN simulation m ON m.id = s.run_id WHERE m.name = 'max600'"))
                .isEqualTo(count("SELECT COUNT(*) FROM decision WHERE run_id = ?", publishedRun()));
        assertThat(count("SELECT COUNT(*) FROM simulation_decision WHERE run_id NOT IN (SELECT id FROM simulation)")).isZero();
        assertThat(changedRows("max600")).isEqualTo(before);
    }

    @Test
    @Order(8)
    void theRecordAndItsOutputFilesAreByteForByteAsBefore() throws IOException {
        assertThat(recordDigest()).isEqualTo(recordBefore);
        assertThat(filesDigest(out())).isEqualTo(filesBefore);
        assertThat(count("SELECT COUNT(*) FROM quarter_state")).isEqualTo(2);
    }

    // --- helpers

    private record Result(int exit, String output, Path workbook) {
    }

    private Result simulate(Path policy, String name) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = simulations.simulate(Q2, policy, PolicyParameters.load(policy), name, simulationsOut(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Result(exit, buffer.toString(StandardCharsets.UTF_8),
                simulationsOut().resolve(SimulationWorkbookWriter.fileName(Q2, name)));
    }

    private Path policyCopy(String name) throws IOException {
        Path target = root().resolve("policy-" + name);
        FileSystemUtils.deleteRecursively(target);
        FileSystemUtils.copyRecursively(PolicyParameters.DEFAULT_DIRECTORY, target);
        return target;
    }

    /** Appends a dated value to a parameter file (its values are the last key of the file). */
    private static void addValue(Path file, LocalDate from, String value) throws IOException {
        Files.writeString(file, Files.readString(file) + "  " + from + ":\n    value: " + value + "\n"
                + "    metadata:\n      reference: \"simulated reform\"\n");
    }

    private List<Map<String, Object>> flexibleRowsWithKeptMonths() {
        return jdbc.queryForList("""
                SELECT d.district_code, d.row_number, d.decision, d.months, d.amount, a.monthly_amount, a.application_date
                FROM decision d
                JOIN application a ON a.submission_id = d.submission_id AND a.subsidy = d.subsidy AND a.row_number = d.row_number
                WHERE d.run_id = ? AND d.subsidy = 'flexible' AND d.months > 0""", publishedRun());
    }

    private static String key(Map<String, Object> row) {
        return row.get("district_code") + " flexible " + row.get("row_number");
    }

    /** Each row whose amount, months or outcome changed, "district subsidy row", with "outcome months amount" simulated. */
    private Map<String, String> changedRows(String name) {
        Map<String, String> changed = new TreeMap<>();
        jdbc.query("""
                SELECT s.district_code, s.subsidy, s.row_number, s.decision, s.months, s.amount FROM simulation_decision s
                JOIN decision d ON d.run_id = ? AND d.subsidy = s.subsidy AND d.district_code = s.district_code
                  AND d.row_number = s.row_number
                WHERE s.run_id = ? AND (s.decision <> d.decision OR s.months <> d.months OR s.amount <> d.amount)""",
                rs -> {
                    changed.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3),
                            rs.getString(4) + " " + rs.getInt(5) + " " + rs.getBigDecimal(6).setScale(2));
                }, publishedRun(), simulationId(name));
        return changed;
    }

    /** The rows of the workbook's 变化明细 sheet as "district subsidy row". */
    private static TreeSet<String> changedRowsInTheWorkbook(Path workbook) throws IOException {
        Map<Integer, String[]> lines = new TreeMap<>();
        for (String cell : WorkbookText.cells(workbook)) {
            if (!cell.startsWith(SimulationWorkbookWriter.CHANGED + "!")) {
                continue;
            }
            String address = cell.substring(cell.indexOf('!') + 1, cell.indexOf('='));
            int line = Integer.parseInt(address.substring(1));
            if (line == 1) {
                continue;
            }
            String[] l = lines.computeIfAbsent(line, n -> new String[3]);
            String value = cell.substring(cell.indexOf('=') + 1);
            switch (address.charAt(0)) {
                case 'A' -> l[0] = value;
                case 'C' -> l[1] = Stream.of(Subsidy.values()).filter(s -> s.sheetName().equals(value)).findFirst()
                        .orElseThrow().code();
                case 'D' -> l[2] = value;
                default -> { }
            }
        }
        TreeSet<String> rows = new TreeSet<>();
        lines.values().forEach(l -> rows.add(l[0] + " " + l[1] + " " + l[2]));
        return rows;
    }

    private long publishedRun() {
        return jdbc.queryForObject("SELECT published_run_id FROM quarter_state WHERE quarter = '2025Q2'", Long.class);
    }

    private long simulationId(String name) {
        return jdbc.queryForObject("SELECT id FROM simulation WHERE quarter = '2025Q2' AND name = ?", Long.class, name);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Every row of the record's tables, in key order, hashed. */
    private String recordDigest() {
        MessageDigest digest = sha256();
        for (String sql : List.of(
                "SELECT * FROM decision ORDER BY run_id, subsidy, district_code, row_number",
                "SELECT * FROM startup_grant ORDER BY run_id, district_code, row_number",
                "SELECT * FROM quarter_state ORDER BY quarter",
                "SELECT * FROM application ORDER BY submission_id, subsidy, row_number",
                "SELECT id, state FROM pipeline_run ORDER BY id")) {
            jdbc.query(sql, rs -> {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    line.append(rs.getString(i)).append('|');
                }
                digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file under {@code dir}: its path and content, hashed. */
    private static String filesDigest(Path dir) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
            digest.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
        }
        return files.size() + " files " + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
