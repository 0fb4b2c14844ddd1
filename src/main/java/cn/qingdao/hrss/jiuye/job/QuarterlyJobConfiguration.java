package cn.qingdao.hrss.jiuye.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The quarterly job (rules §1). Each step is configured in the package of the same name:
 * <ol>
 *   <li>{@code inventoryStep}: take stock of the inbox (tasklet, one transaction);</li>
 *   <li>{@code readStep}: read each district submission, one partition per submission, in parallel,
 *       so that one district can be refused or fail alone (chunk-oriented);</li>
 *   <li>{@code decideStep}: decide the three subsidies, one partition per subsidy, each in rank order
 *       (chunk-oriented);</li>
 *   <li>{@code statisticsStep}: aggregate the statistics (tasklet, one transaction);</li>
 *   <li>{@code publishStep}: make the run the quarter's record (tasklet, one transaction);</li>
 *   <li>{@code reportStep}: write the output files from the database (tasklet).</li>
 * </ol>
 * Job parameters: {@link RunParameters}. Every step commits its work with its own state — a chunk
 * with the reader's position, a tasklet with its status — so a restart resumes where the run stopped.
 */
@Configuration(proxyBeanMethods = false)
public class QuarterlyJobConfiguration {

    public static final String JOB_NAME = "quarterlyJob";

    /** The job a by-type injection of {@link Job} gets (spring-batch-test's utilities): not the simulation job. */
    @Bean
    @Primary
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
}
