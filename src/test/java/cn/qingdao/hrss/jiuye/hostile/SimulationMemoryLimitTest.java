package cn.qingdao.hrss.jiuye.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A simulation streams as the decide step does: a synthetic quarter of 10 × 10,000 rows, run and then
 * simulated under a reform that changes most of its social-insurance rows, each command in a child JVM
 * under {@code -Xmx256m} on an H2 file database. Every changed row is in the workbook's streamed sheet.
 */
class SimulationMemoryLimitTest {

    @TempDir
    Path root;

    @Test
    void aQuarterSimulatesIn256MegabytesOfHeap() throws Exception {
        Path work = root.resolve("work");
        Path inbox = root.resolve("inbox");
        ChildJvm.Result generated = ChildJvm.run(List.of("-Xmx256m"), work, "generate", "--quarter", "2025Q3",
                "--rows-per-district", "10000", "--out", inbox.toString());
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        ChildJvm.Result run = ChildJvm.run(List.of("-Xmx256m"), work, "run", "--quarter", "2025Q3", "--inbox",
                inbox.toString(), "--out", work.resolve("out").toString());
        assertThat(run.exitCode()).as(run.output()).isIn(0, 3);
        Path policy = root.resolve("low-maximum");
        FileSystemUtils.copyRecursively(PolicyParameters.DEFAULT_DIRECTORY, policy);
        Path file = policy.resolve("flexible/monthly_max.yaml");
        Files.writeString(file, Files.readString(file) + "  2025-07-01:\n    value: 100.00\n");

        ChildJvm.Result simulated = ChildJvm.run(List.of("-Xmx256m"), work, "simulate", "--quarter", "2025Q3", "--policy",
                policy.toString(), "--out", work.resolve("simulations").toString());

        assertThat(simulated.output()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(simulated.exitCode()).as(simulated.output()).isZero();
        Matcher m = Pattern.compile("([0-9,]+) applications decided again, ([0-9,]+) changed").matcher(simulated.output());
        assertThat(m.find()).as(simulated.output()).isTrue();
        long decided = Long.parseLong(m.group(1).replace(",", ""));
        long changed = Long.parseLong(m.group(2).replace(",", ""));
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + work.resolve("db/jiuye").toAbsolutePath(), "sa", ""));
        assertThat(decided).isEqualTo(db.queryForObject("SELECT COUNT(*) FROM decision", Long.class)).isEqualTo(100_000);
        assertThat(changed).isGreaterThan(10_000).isEqualTo(db.queryForObject("""
                SELECT COUNT(*) FROM decision d JOIN simulation_decision s ON s.run_id = (SELECT id FROM simulation)
                  AND s.subsidy = d.subsidy AND s.district_code = d.district_code AND s.row_number = d.row_number
                WHERE d.run_id = (SELECT published_run_id FROM quarter_state)
                  AND (s.decision <> d.decision OR s.months <> d.months OR s.amount <> d.amount)""", Long.class));
        assertThat(work.resolve("simulations/simulation-2025Q3-low-maximum.xlsx")).isNotEmptyFile();
    }
}
