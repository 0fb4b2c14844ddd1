package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one launch of the simulation job. The simulation's id is new for every launch
 * (a simulation of the same name replaces the earlier one under a new id), so each launch is a job
 * instance of its own; a failed simulation is not resumed but simulated again. The published run is
 * {@code publishedRun}, not {@code run}: {@code run} names the run a quarterly job execution belongs to.
 *
 * @param simulation the simulation's id, the key of its decisions
 * @param run        the quarter's published run, whose stored rows are decided again
 * @param policy     the simulated parameter tree
 */
public record SimulationParameters(long simulation, long run, Quarter quarter, Path policy) {

    static final String QUARTER = "quarter";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong("simulation", simulation)
                .addLong("publishedRun", run)
                .addString(QUARTER, quarter.toString())
                .addString("policy", policy.toAbsolutePath().normalize().toString())
                .toJobParameters();
    }
}
