package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The job parameters of a run of the quarterly job, typed: {@code run} (the pipeline run number),
 * {@code quarter}, {@code inbox} and {@code out} (absolute folders), which identify the job instance; and
 * {@code readBy}, where the read step's partitions run ({@code threads} or {@code workers}), which does not: a
 * restart keeps the run's choice unless it says otherwise, and stays the same job instance either way.
 */
public record RunParameters(long run, Quarter quarter, Path inbox, Path out, ReadProperties.By readBy) {

    /** The name of the job parameter that says where the read step's partitions run. */
    public static final String READ_BY = "readBy";

    public static RunParameters of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution().getJobParameters());
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong("run"), Quarter.parse(p.getString("quarter")),
                Path.of(p.getString("inbox")), Path.of(p.getString("out")), ReadProperties.By.of(p.getString(READ_BY)));
    }

    /** The same run, its partitions read by {@code by}. */
    public RunParameters withReadBy(ReadProperties.By by) {
        return new RunParameters(run, quarter, inbox, out, by);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong("run", run)
                .addString("quarter", quarter.toString())
                .addString("inbox", inbox.toString())
                .addString("out", out.toString())
                .addString(READ_BY, readBy.option(), false)
                .toJobParameters();
    }
}
