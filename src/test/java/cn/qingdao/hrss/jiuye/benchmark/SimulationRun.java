package cn.qingdao.hrss.jiuye.benchmark;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * {@code simulate --quarter Q --policy DIR} after a run of the quarter, in a child JVM as the run
 * ({@link PipelineRun#command}), under a reform: a copy of {@code data/policy} with the flexible-employment
 * monthly maximum raised inside the quarter (docs/simulation.md's example), so that the simulation decides every
 * application again and changes some.
 *
 * @param result the simulation's figures; its {@link PipelineRun.Stage#SIMULATE} stage is the simulation job's
 *               {@code simulateStep}, which decides the quarter again as the run's decide step did
 * @param decided the applications decided again, and {@code changed} those whose decision changed, from the
 *                command's headline; -1 if it printed none
 */
record SimulationRun(PipelineRun.Result result, long decided, long changed) {

    /** The reform's folder name, which is also the simulation's name. */
    static final String REFORM = "benchmark-reform";

    /** The raised maximum, per person and month. */
    static final String RAISED_MAXIMUM = "600.00";

    private static final Pattern HEADLINE = Pattern.compile("([0-9,]+) applications decided again, ([0-9,]+) changed");

    /**
     * Writes the reform into {@code dir/benchmark-reform} (replacing an earlier one): the current parameters, with
     * {@code flexible.monthly_max} raised to {@value #RAISED_MAXIMUM} from the first day of the quarter's second month.
     */
    static Path reform(Path dir, Quarter quarter) throws IOException {
        Path policy = dir.resolve(REFORM);
        FileSystemUtils.deleteRecursively(policy);
        FileSystemUtils.copyRecursively(PolicyParameters.DEFAULT_DIRECTORY, policy);
        Path file = policy.resolve("flexible/monthly_max.yaml");
        LocalDate from = quarter.firstMonth().plusMonths(1).atDay(1);
        Files.writeString(file, Files.readString(file) + "  " + from + ":\n    value: " + RAISED_MAXIMUM + "\n"
                + "    metadata:\n      reference: \"benchmark reform\"\n");
        return policy;
    }

    /** Simulates {@code quarter} under {@code policy} on the database at {@code url}, in {@code work}. */
    static SimulationRun measure(PipelineRun.Launch launch, String quarter, Path policy, Path work, String url, String user,
                                 String password, String xmx, long gcEveryMs, LongSupplier serverCpuMillis)
            throws IOException, InterruptedException, SQLException {
        FileSystemUtils.deleteRecursively(work);
        PipelineRun.Result result = PipelineRun.command(launch, List.of("simulate", "--quarter", quarter,
                        "--policy", policy.toAbsolutePath().toString(), "--out", work.resolve("out").toAbsolutePath().toString()),
                work, url, user, password, xmx, gcEveryMs, serverCpuMillis);
        Matcher m = HEADLINE.matcher(Files.readString(result.log(), StandardCharsets.ISO_8859_1)); // any bytes: the headline is ASCII
        return m.find()
                ? new SimulationRun(result, number(m.group(1)), number(m.group(2)))
                : new SimulationRun(result, -1, -1);
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
