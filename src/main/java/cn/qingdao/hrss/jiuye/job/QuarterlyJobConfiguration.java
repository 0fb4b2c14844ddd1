package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.publish.Publication;
import cn.qingdao.hrss.jiuye.run.FaultInjection;
import cn.qingdao.hrss.jiuye.run.OutputLeftovers;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.report.Reports;
import cn.qingdao.hrss.jiuye.statistics.StatisticsAggregator;
import cn.qingdao.hrss.jiuye.inventory.SubmissionInventory;
import java.nio.file.Path;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The quarterly job (rules §1): take stock of the inbox, read each district submission (one
 * partition per submission, in parallel, so that one district can fail and be re-run alone),
 * decide the three subsidies (in parallel, each in rank order), aggregate the statistics, publish
 * the run as the quarter's record, and write the output files from the database.
 *
 * <p>Job parameters: {@code run} (the pipeline run number), {@code quarter}, {@code inbox}, {@code out}.
 * Each step manages its own transactions (chunks of rows), so a restart resumes where it stopped.
 */
@Configuration
public class QuarterlyJobConfiguration {

    public static final String JOB_NAME = "quarterlyJob";

    @Bean
    Job quarterlyJob(JobRepository jobRepository, Step inventoryStep, Step readStep, Step decideStep,
                     Step statisticsStep, Step publishStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inventoryStep)
                .next(readStep)
                .next(decideStep)
                .next(statisticsStep)
                .next(publishStep)
                .next(reportStep)
                .build();
    }

    @Bean
    Step inventoryStep(JobRepository jobRepository, SubmissionInventory inventory, FaultInjection faults) {
        return tasklet("inventoryStep", jobRepository, faults, (contribution, chunk) -> {
            RunParameters p = RunParameters.of(chunk);
            inventory.takeStock(p.run(), p.quarter(), p.inbox());
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step statisticsStep(JobRepository jobRepository, StatisticsAggregator aggregator, FaultInjection faults) {
        return tasklet("statisticsStep", jobRepository, faults, (contribution, chunk) -> {
            RunParameters p = RunParameters.of(chunk);
            aggregator.aggregate(p.run(), p.quarter());
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step publishStep(JobRepository jobRepository, Publication publication, FaultInjection faults) {
        return tasklet("publishStep", jobRepository, faults, (contribution, chunk) -> {
            RunParameters p = RunParameters.of(chunk);
            publication.publish(p.run(), p.quarter());
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step reportStep(JobRepository jobRepository, Reports reports, FaultInjection faults) {
        return tasklet("reportStep", jobRepository, faults, (contribution, chunk) -> {
            RunParameters p = RunParameters.of(chunk);
            OutputLeftovers.remove(p.out().resolve(p.quarter().toString()));
            reports.write(p.run(), p.quarter(), p.out());
            return RepeatStatus.FINISHED;
        });
    }

    /** A tasklet step whose tasklet manages its own transactions (chunks of rows). */
    private static Step tasklet(String name, JobRepository jobRepository, FaultInjection faults, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).listener(faults).tasklet(tasklet).build();
    }

    /** The job parameters of a run, typed. */
    public record RunParameters(long run, Quarter quarter, Path inbox, Path out) {

        static RunParameters of(ChunkContext chunk) {
            return of(chunk.getStepContext().getStepExecution().getJobParameters());
        }

        public static RunParameters of(JobParameters p) {
            return new RunParameters(p.getLong("run"), Quarter.parse(p.getString("quarter")),
                    Path.of(p.getString("inbox")), Path.of(p.getString("out")));
        }
    }
}
