package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.PipelineProperties;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.inventory.SubmissionRepository;
import cn.qingdao.hrss.jiuye.job.PartitionTimers;
import cn.qingdao.hrss.jiuye.job.UnobservedStep;
import cn.qingdao.hrss.jiuye.job.PartitionDelegates;
import cn.qingdao.hrss.jiuye.job.StepThreads;
import cn.qingdao.hrss.jiuye.run.ChunkProgress;
import cn.qingdao.hrss.jiuye.run.FaultInjection;
import cn.qingdao.hrss.jiuye.run.PlannerStatistics;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.nio.file.Path;
import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The read step (rules §3, §4, §7): one partition per submission still to be read
 * ({@link SubmissionPartitioner}), {@code pipeline.read-threads} at a time, so that one district can
 * be refused or fail while the others go on. Each partition is the chunk-oriented
 * {@code readSubmissionStep}: {@link SubmissionRowsReader} → {@link RowValidationProcessor} →
 * {@link StagedRowsWriter}, and {@link SubmissionOutcome} recording how the submission ended with
 * its last chunk. A worker needs nothing but its partition's ExecutionContext and the job parameters, so the
 * partitions can also run in {@code worker} processes on other machines ({@link ReadWorker}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadProperties.class)
public class ReadStepConfiguration {

    /**
     * The worker step of the read step's partitions; each partition's step execution is named
     * {@code readSubmissionStep:<district>} ({@link #PARTITION_PREFIX}).
     */
    public static final String PARTITION_STEP = "readSubmissionStep";

    /** How the name of every read partition's step execution begins. */
    public static final String PARTITION_PREFIX = PARTITION_STEP + ":";

    /**
     * The stored rows' columns that later queries select them by (the decide step's pages, the roster's
     * join, the feedback's errors, explain): the planner statistics the read step refreshes.
     */
    private static final String[] ANALYZED = {
            "application (submission_id, subsidy, row_number, district_code)",
            "field_error (submission_id, subsidy, row_number)"};

    /**
     * The partitioned step, on this process's threads or by {@code worker} processes as the run's job parameter
     * {@code readBy} says ({@link ReadStep}; {@code run --read-by workers}, which {@code restart} keeps). By workers
     * it is the manager of Spring Batch's remote partitioning: it sends each partition to the workers as a request
     * in the channel table ({@link ReadRequests}) and then looks in the job repository every
     * {@code pipeline.read.poll-interval} until every partition has ended, for at most {@code pipeline.read.timeout};
     * meanwhile {@link LostWorkers} fails the partitions of workers that stopped beating. A worker runs the very same
     * {@code readSubmissionStep} ({@link ReadWorker}).
     */
    @Bean
    Step readStep(JobRepository jobRepository, SubmissionPartitioner submissionPartitioner, Step readSubmissionStep,
                  PipelineProperties properties, ReadProperties read, FaultInjection faults, BulkInsert bulk,
                  DataSource dataSource, LostWorkers lostWorkers, ObjectProvider<ObservationRegistry> observations) {
        // Spring Batch gives the registry to the Step beans; these two are inside one
        ObservationRegistry observation = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        Step onThreads = new StepBuilder(ReadStep.NAME, jobRepository)
                .observationRegistry(observation)
                .partitioner(PARTITION_STEP, submissionPartitioner)
                .step(readSubmissionStep)
                .gridSize(properties.readThreads())
                .taskExecutor(StepThreads.atMost("read-", properties.readThreads()))
                .listener(faults)
                .listener(new PlannerStatistics(bulk, ANALYZED))
                .build();
        return new ReadStep(onThreads, () -> new RemotePartitioningManagerStepBuilder(ReadStep.NAME, jobRepository)
                .partitioner(PARTITION_STEP, submissionPartitioner)
                .outputChannel(ReadRequests.outbound(dataSource))
                .pollInterval(read.pollInterval().toMillis())
                .timeout(read.timeout().toMillis())
                .listener(faults)
                .listener(new PlannerStatistics(bulk, ANALYZED))
                .listener(lostWorkers)
                .observationRegistry(observation) // last: it returns the general builder, whose build() is still this one's
                .build());
    }

    @Bean
    Step readSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            SubmissionRowsReader submissionRowsReader, RowValidationProcessor rowValidationProcessor,
                            StagedRowsWriter stagedRowsWriter, SubmissionOutcome submissionOutcome,
                            PipelineProperties properties, Sequences database, FaultInjection faults,
                            ObjectProvider<PartitionTimers> partitionTimers) {
        ChunkOrientedStepBuilder<SheetRow, StagedApplication> step =
                new StepBuilder(PARTITION_STEP, jobRepository)
                .<SheetRow, StagedApplication>chunk(properties.readChunkSize(database.postgres()))
                .transactionManager(transactionManager)
                .reader(PartitionDelegates.reader(submissionRowsReader))
                .processor(PartitionDelegates.processor(rowValidationProcessor))
                .writer(stagedRowsWriter)
                .stream(submissionOutcome)
                .listener(submissionOutcome)
                .listener(faults)
                .listener(new ReadingProcess())
                .listener(new ChunkProgress(execution -> execution.getJobParameters().getString("quarter") + " reading "
                        + execution.getExecutionContext().getString(SubmissionPartitioner.DISTRICT)));
        partitionTimers.ifAvailable(timers -> step.listener((StepListener) timers));
        return new UnobservedStep(step.build());
    }

    /** The submissions of the run still to be read (step-scoped: the run is a job parameter). */
    @Bean
    @StepScope
    SubmissionPartitioner submissionPartitioner(SubmissionRepository submissions, @Value("#{jobParameters['run']}") long run) {
        return new SubmissionPartitioner(submissions, run);
    }

    @Bean
    @StepScope
    SubmissionRowsReader submissionRowsReader(SubmissionFiles files, @Value("#{jobParameters['inbox']}") String inbox,
                                             @Value("#{stepExecutionContext['fileName']}") String fileName,
                                             @Value("#{stepExecutionContext['sha256']}") String sha256) {
        return new SubmissionRowsReader(files.fileOf(Path.of(inbox), fileName, sha256));
    }

    @Bean
    @StepScope
    RowValidationProcessor rowValidationProcessor(@Value("#{jobParameters['quarter']}") String quarter,
                                                  SubmissionRowsReader submissionRowsReader, ApplicationStore store,
                                                  @Value("#{stepExecutionContext['submissionId']}") long submissionId,
                                                  @Value("#{stepExecutionContext['district']}") String district) {
        return new RowValidationProcessor(Quarter.parse(quarter), submissionRowsReader, store, submissionId, district);
    }

    @Bean
    @StepScope
    StagedRowsWriter stagedRowsWriter(ApplicationStore store, @Value("#{stepExecutionContext['submissionId']}") long submissionId) {
        return new StagedRowsWriter(store, submissionId);
    }

    @Bean
    @StepScope
    SubmissionOutcome submissionOutcome(SubmissionRowsReader submissionRowsReader, ApplicationStore store,
                                        SubmissionRepository submissions, JdbcTemplate jdbc,
                                        @Value("#{stepExecutionContext['submissionId']}") long submissionId,
                                        @Value("#{stepExecutionContext['district']}") String district,
                                        @Value("#{jobParameters['quarter']}") String quarter) {
        return new SubmissionOutcome(submissionRowsReader, store, submissions, jdbc, submissionId, district,
                Quarter.parse(quarter));
    }
}
