package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/**
 * {@code simulate} and {@code explain --policy} on the command line: a parameter tree with a missing,
 * malformed or overlapping dated value is refused before the application starts — exit 2, the file and the
 * line in one plain sentence — and a good tree simulates a published quarter and prints the headline.
 */
@ExtendWith(OutputCaptureExtension.class)
class SimulateCommandTest {

    @TempDir
    Path dir;

    private Path policy() throws IOException {
        Path policy = dir.resolve("reform");
        FileSystemUtils.copyRecursively(PolicyParameters.DEFAULT_DIRECTORY, policy);
        return policy;
    }

    @Test
    void anOverlappingDatedValueIsRefusedNamingFileAndLine(CapturedOutput output) throws IOException {
        Path policy = policy();
        Path file = policy.resolve("flexible/monthly_max.yaml");
        // The same date twice: line 10 is the first, line 12 the second.
        Files.writeString(file, Files.readString(file) + "  2025-07-01:\n    value: 600.00\n  2025-07-01:\n    value: 650.00\n");

        int exit = Main.execute("simulate", "--quarter", "2025Q2", "--policy", policy.toString(),
                "--spring.datasource.url=jdbc:h2:mem:never_opened");

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).startsWith("error: the parameter tree " + policy + " cannot be used: " + file)
                .contains(file + ": values.2025-07-01: duplicate key (line 12).")
                .contains("nothing was decided")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDatedValueOutOfOrderIsRefusedNamingFileAndLine(CapturedOutput output) throws IOException {
        Path policy = policy();
        Path file = policy.resolve("flexible/monthly_max.yaml");
        Files.writeString(file, Files.readString(file) + "  2024-07-01:\n    value: 600.00\n");

        int exit = Main.execute("simulate", "--quarter", "2025Q2", "--policy", policy.toString());

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains(file + ": values.2024-07-01: dated values must be in ascending date order, each date "
                + "once (the dates may not overlap) (line 10).");
    }

    @Test
    void aMalformedValueIsRefusedNamingFileAndLine(CapturedOutput output) throws IOException {
        Path policy = policy();
        Path file = policy.resolve("startup/amount/individual.yaml");
        Files.writeString(file, Files.readString(file) + "  2025-07-01:\n    value: 1.500,00\n");

        int exit = Main.execute("explain", "--quarter", "2025Q2", "--district", "370202", "--subsidy", "startup",
                "--row", "5", "--policy", policy.toString());

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains(file + ": values.2025-07-01.value: ").contains("(line 11).");
    }

    @Test
    void aDatedValueWithoutValueIsRefusedNamingFileAndLine(CapturedOutput output) throws IOException {
        Path policy = policy();
        Path file = policy.resolve("flexible/rate.yaml");
        Files.writeString(file, Files.readString(file) + "  2025-07-01:\n    metadata:\n      reference: x\n");

        int exit = Main.execute("simulate", "--quarter", "2025Q2", "--policy", policy.toString());

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains(file + ": values.2025-07-01.value: required key is missing (line 11).");
    }

    @Test
    void aMissingParameterFileIsRefused(CapturedOutput output) throws IOException {
        Path policy = policy();
        Files.delete(policy.resolve("employer/contract_min_years.yaml"));

        int exit = Main.execute("simulate", "--quarter", "2025Q2", "--policy", policy.toString());

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains(policy.resolve("employer/contract_min_years.yaml")
                + ": employer.contract_min_years: required policy parameter file is missing.");
    }

    @Test
    void aNameThatCannotBeAFileNameIsAUsageError(CapturedOutput output) throws IOException {
        int exit = Main.execute("simulate", "--quarter", "2025Q2", "--policy", policy().toString(), "--name", "../x");

        assertThat(exit).isEqualTo(QuarterRunner.USAGE);
        assertThat(output.getErr()).contains("'../x' cannot name a simulation");
    }

    @Test
    void simulateOnThePublishedSampleQuarterPrintsTheCitysDifference(CapturedOutput output) throws IOException {
        String database = "--spring.datasource.url=jdbc:h2:mem:simulate_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Path policy = policy();
        Path file = policy.resolve("startup/amount/small_micro.yaml");
        Files.writeString(file, Files.readString(file) + "  2025-02-01:\n    value: 10000.00\n");
        int run = Main.execute("run", "--quarter", "2025Q1", "--inbox", "data/inbox/2025Q1", "--out",
                dir.resolve("out").toString(), database);
        int from = output.getOut().length();

        int exit = Main.execute("simulate", "--quarter", "2025Q1", "--policy", policy.toString(), "--out",
                dir.resolve("sim").toString(), database);

        assertThat(run).isEqualTo(QuarterRunner.OK);
        assertThat(exit).as(output.getErr()).isEqualTo(QuarterRunner.OK);
        assertThat(output.getOut().substring(from)).contains("Simulation reform of 2025Q1 (published run #1) under ",
                        "City: amount ", "approved ")
                .containsPattern("difference -[0-9,]+000\\.00 yuan");
        assertThat(dir.resolve("sim/simulation-2025Q1-reform.xlsx")).isNotEmptyFile();
    }
}
