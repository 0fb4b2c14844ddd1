package cn.qingdao.hrss.jiuye.decide;

import cn.qingdao.hrss.jiuye.PipelineProperties;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.job.PartitionTimers;
import cn.qingdao.hrss.jiuye.job.UnobservedStep;
import cn.qingdao.hrss.jiuye.job.PartitionDelegates;
import cn.qingdao.hrss.jiuye.job.StepThreads;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import cn.qingdao.hrss.jiuye.run.ChunkProgress;
import cn.qingdao.hrss.jiuye.run.FaultInjection;
import cn.qingdao.hrss.jiuye.run.PlannerStatistics;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The decide step (rules §5): one partition per subsidy ({@link SubsidyPartitioner}), run in
 * parallel where the database allows ({@code pipeline.decide-threads}). Each partition is the
 * chunk-oriented {@code decideSubsidyStep}: {@link StagedRowsReader} → {@link DecisionProcessor} →
 * {@link DecisionWriter}, with {@link ChunkHistory} loading each chunk's history before it is
 * processed. A chunk's decisions and the reader's position commit together, so a restarted
 * partition resumes after its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
public class DecideStepConfiguration {

    /**
     * The decisions' columns that later queries select, join or group them by (the reports, the history
     * of the next quarter, status, explain), and every column of the start-up grants (all of them keys):
     * the planner statistics the decide step refreshes.
     */
    private static final String[] ANALYZED = {
            "decision (run_id, quarter, subsidy, district_code, row_number, submission_id, id_number, decision,"
                    + " reason_codes, kept_months)",
            "startup_grant"};

    @Bean
    Step decideStep(JobRepository jobRepository, Step decideSubsidyStep, PipelineProperties properties, Sequences database,
                    FaultInjection faults, BulkInsert bulk) {
        int subsidies = Subsidy.values().length;
        return new StepBuilder("decideStep", jobRepository)
                .partitioner("decideSubsidyStep", new SubsidyPartitioner())
                .step(decideSubsidyStep)
                .gridSize(subsidies)
                .taskExecutor(StepThreads.atMost("decide-", properties.decideThreads(database.postgres(), subsidies)))
                .listener(faults)
                .listener(new PlannerStatistics(bulk, ANALYZED))
                .build();
    }

    @Bean
    Step decideSubsidyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           StagedRowsReader stagedRowsReader, DecisionProcessor decisionProcessor,
                           DecisionWriter decisionWriter, ChunkHistory chunkHistory, PipelineProperties properties,
                           Sequences database, FaultInjection faults,
                           ObjectProvider<PartitionTimers> partitionTimers) {
        ChunkOrientedStepBuilder<StagedRow, DecidedRow> step = decidingChunks(
                new StepBuilder("decideSubsidyStep", jobRepository), transactionManager,
                properties.chunkSize(database.postgres()), stagedRowsReader, decisionProcessor, decisionWriter, chunkHistory)
                .listener(faults)
                .listener(new ChunkProgress(execution -> execution.getJobParameters().getString("quarter") + " deciding "
                        + execution.getExecutionContext().getString(SubsidyPartitioner.SUBSIDY)));
        partitionTimers.ifAvailable(timers -> step.listener((StepListener) timers));
        return new UnobservedStep(step.build());
    }

    /**
     * A partition deciding one subsidy's staged rows, chunk by chunk in rank order: reader, rules and writer,
     * with each chunk's history loaded before it is processed. The run's decide step and a simulation build
     * their partitions with it, each from its own reader, rules, tables and history, and add their listeners.
     */
    public static ChunkOrientedStepBuilder<StagedRow, DecidedRow> decidingChunks(
            StepBuilder step, PlatformTransactionManager transactionManager, int chunkSize, StagedRowsReader reader,
            DecisionProcessor processor, DecisionWriter writer, ChunkHistory history) {
        return step.<StagedRow, DecidedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(PartitionDelegates.reader(reader))
                .processor(PartitionDelegates.processor(processor))
                .writer(writer)
                .listener(history);
    }

    @Bean
    @StepScope
    StagedRowsReader stagedRowsReader(StagedRows rows, @Value("#{jobParameters['run']}") long run,
                                      @Value("#{stepExecutionContext['subsidy']}") String subsidy,
                                      PipelineProperties properties, Sequences database) {
        return new StagedRowsReader(rows, run, Subsidy.fromCode(subsidy), properties.chunkSize(database.postgres()));
    }

    @Bean
    @StepScope
    ChunkHistory chunkHistory(History history, @Value("#{jobParameters['run']}") long run,
                              @Value("#{jobParameters['quarter']}") String quarter,
                              @Value("#{stepExecutionContext['subsidy']}") String subsidy) {
        return new ChunkHistory(history, run, Quarter.parse(quarter), Subsidy.fromCode(subsidy));
    }

    @Bean
    @StepScope
    DecisionProcessor decisionProcessor(SubsidyRules rules, @Value("#{jobParameters['quarter']}") String quarter,
                                        ChunkHistory chunkHistory) {
        return new DecisionProcessor(rules, Quarter.parse(quarter), PartitionDelegates.target(chunkHistory));
    }

    @Bean
    @StepScope
    DecisionWriter decisionWriter(BulkInsert bulk, @Value("#{jobParameters['run']}") long run,
                                  @Value("#{jobParameters['quarter']}") String quarter) {
        return new DecisionWriter(bulk, DecisionTables.RECORD, run, Quarter.parse(quarter));
    }
}
