package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The job parameters of a run of the quarterly job, typed: {@code run} (the pipeline run number),
 * {@code quarter}, {@code inbox} and {@code out} (absolute folders).
 */
public record RunParameters(long run, Quarter quarter, Path inbox, Path out) {

    public static RunParameters of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution().getJobParameters());
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong("run"), Quarter.parse(p.getString("quarter")),
                Path.of(p.getString("inbox")), Path.of(p.getString("out")));
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong("run", run)
                .addString("quarter", quarter.toString())
                .addString("inbox", inbox.toString())
                .addString("out", out.toString())
                .toJobParameters();
    }
}
