package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.report.SimulationWorkbookWriter;
import cn.qingdao.hrss.jiuye.run.QuarterLock;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code simulate} (docs/simulation.md): decides the applications of a quarter's published run again under
 * another parameter tree (the simulation job), compares them with the published decisions, writes the
 * workbook {@code simulation-<Q>-<NAME>.xlsx} and prints the city's difference. The record — the published
 * run, its decisions, its output files — is only read.
 */
@Component
public class SimulationRunner {

    /** A simulation's name: it becomes part of a file name. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final JobOperator jobOperator;
    private final Job simulationJob;
    private final Simulations simulations;
    private final ComparisonQuery comparisons;
    private final PolicyParameters current;
    private final DistrictRegistry districts;
    private final QuarterLock lock;

    /** @param simulationJob by name: the quarterly job is the primary {@link Job} */
    public SimulationRunner(JobOperator jobOperator, @Qualifier(SimulationStepConfiguration.JOB_NAME) Job simulationJob,
                            Simulations simulations, ComparisonQuery comparisons, PolicyParameters current,
                            DistrictRegistry districts, QuarterLock lock) {
        this.jobOperator = jobOperator;
        this.simulationJob = simulationJob;
        this.simulations = simulations;
        this.comparisons = comparisons;
        this.current = current;
        this.districts = districts;
        this.lock = lock;
    }

    /**
     * @param simulated the tree of {@code policyDir}, already read (and so checked) by the caller
     * @return an exit code of rules §10
     */
    public int simulate(Quarter quarter, Path policyDir, PolicyParameters simulated, String name, Path out, PrintStream o) {
        OptionalLong published = simulations.publishedRun(quarter);
        if (published.isEmpty()) {
            System.err.println("error: " + quarter + " has no published run to simulate; run it first with 'run --quarter "
                    + quarter + "'.");
            return QuarterRunner.FAILED;
        }
        var holder = lock.holder(quarter);
        if (holder.isPresent() && holder.get().alive()) {
            System.err.println("not started: " + quarter + " is being run right now (run #" + holder.get().runId()
                    + "); simulate it once that run has finished ('status --quarter " + quarter + "').");
            return QuarterRunner.REFUSED;
        }
        long runId = published.getAsLong();
        long id = simulations.replace(quarter, name, runId, policyDir);
        JobExecution execution = start(new SimulationParameters(id, runId, quarter, policyDir));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("error: the simulation failed (" + execution.getExitStatus().getExitDescription().lines()
                    .findFirst().orElse(execution.getStatus().toString()) + "); the record is unchanged. Fix the cause and "
                    + "simulate again: it replaces this attempt.");
            return QuarterRunner.FAILED;
        }
        PolicyDifference difference = new PolicyDifference(current, simulated);
        SimulationWorkbookWriter.Heading heading = new SimulationWorkbookWriter.Heading(quarter, name, runId,
                policyDir.toAbsolutePath().normalize().toString(), difference.changedKeys());
        Comparison comparison;
        try {
            comparison = new SimulationWorkbookWriter(districts).write(out, heading,
                    changed -> comparisons.compare(runId, id, difference, changed));
        } catch (IOException e) {
            System.err.println("error: the workbook could not be written to " + out + ": " + e.getMessage()
                    + ". Check the folder, then simulate again.");
            return QuarterRunner.FAILED;
        }
        long decided = simulations.publishedDecisions(runId);
        if (comparison.rows() != decided) {
            System.err.println("error: the simulation decided " + comparison.rows() + " of the " + decided
                    + " published decisions; simulate again.");
            return QuarterRunner.FAILED;
        }
        simulations.finished(id);
        headline(o, heading, comparison, out.resolve(SimulationWorkbookWriter.fileName(quarter, name)));
        return QuarterRunner.OK;
    }

    private JobExecution start(SimulationParameters parameters) {
        try {
            return jobOperator.start(simulationJob, parameters.toJobParameters());
        } catch (Exception e) { // the job's launch refused: a new simulation id is a new instance, so not expected
            throw new IllegalStateException("the simulation job could not be started: " + e.getMessage(), e);
        }
    }

    /** The city's difference, for the policy office's first look. */
    static void headline(PrintStream o, SimulationWorkbookWriter.Heading h, Comparison c, Path workbook) {
        Tally.Pair city = c.city();
        BigDecimal was = city.current().amount();
        BigDecimal now = city.simulated().amount();
        BigDecimal difference = now.subtract(was);
        o.printf(Locale.ROOT, "Simulation %s of %s (published run #%d) under %s: %,d applications decided again, %,d changed.%n",
                h.name(), h.quarter(), h.runId(), h.policyDir(), c.rows(), c.changedRows());
        o.printf(Locale.ROOT, "City: amount %,.2f -> %,.2f yuan, difference %+,.2f yuan (%+,.2f 万元)%n",
                was, now, difference, difference.movePointLeft(4));
        o.printf(Locale.ROOT, "      approved %,d -> %,d (%+,d), partly approved %,d -> %,d (%+,d), refused %,d -> %,d (%+,d)%n",
                city.current().approved(), city.simulated().approved(), city.simulated().approved() - city.current().approved(),
                city.current().partial(), city.simulated().partial(), city.simulated().partial() - city.current().partial(),
                city.current().rejected(), city.simulated().rejected(), city.simulated().rejected() - city.current().rejected());
        o.println("Workbook: " + workbook);
    }
}
