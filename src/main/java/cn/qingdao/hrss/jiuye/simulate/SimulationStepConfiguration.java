package cn.qingdao.hrss.jiuye.simulate;

import cn.qingdao.hrss.jiuye.PipelineProperties;
import cn.qingdao.hrss.jiuye.decide.ChunkHistory;
import cn.qingdao.hrss.jiuye.decide.DecidedRow;
import cn.qingdao.hrss.jiuye.decide.DecideStepConfiguration;
import cn.qingdao.hrss.jiuye.decide.DecisionProcessor;
import cn.qingdao.hrss.jiuye.decide.DecisionWriter;
import cn.qingdao.hrss.jiuye.decide.History;
import cn.qingdao.hrss.jiuye.decide.StagedRow;
import cn.qingdao.hrss.jiuye.decide.StagedRows;
import cn.qingdao.hrss.jiuye.decide.StagedRowsReader;
import cn.qingdao.hrss.jiuye.decide.SubsidyPartitioner;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.job.PartitionDelegates;
import cn.qingdao.hrss.jiuye.job.PartitionTimers;
import cn.qingdao.hrss.jiuye.job.StepThreads;
import cn.qingdao.hrss.jiuye.job.UnobservedStep;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.policy.SubsidyRules;
import cn.qingdao.hrss.jiuye.run.ChunkProgress;
import cn.qingdao.hrss.jiuye.run.PlannerStatistics;
import cn.qingdao.hrss.jiuye.support.jdbc.BulkInsert;
import cn.qingdao.hrss.jiuye.support.jdbc.Sequences;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The simulation job: one step, {@code simulateStep}, partitioned per subsidy as the decide step is,
 * each partition the chunk-oriented {@code simulateSubsidyStep} built from the decide step's pieces —
 * {@link StagedRowsReader} over the published run's stored rows in rank order, {@link DecisionProcessor}
 * with the rules of the simulated parameter tree, {@link DecisionWriter} into the simulation's tables,
 * {@link ChunkHistory} over a {@link History} whose "this run so far" is the simulation's own
 * earlier-ranked decisions while earlier quarters come from the record. Job parameters:
 * {@link SimulationParameters}.
 */
@Configuration(proxyBeanMethods = false)
public class SimulationStepConfiguration {

    public static final String JOB_NAME = "simulationJob";

    @Bean
    Job simulationJob(JobRepository jobRepository, Step simulateStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(simulateStep).build();
    }

    @Bean
    Step simulateStep(JobRepository jobRepository, Step simulateSubsidyStep, PipelineProperties properties,
                      Sequences database, BulkInsert bulk) {
        int subsidies = Subsidy.values().length;
        return new StepBuilder("simulateStep", jobRepository)
                .partitioner("simulateSubsidyStep", new SubsidyPartitioner())
                .step(simulateSubsidyStep)
                .gridSize(subsidies)
                .taskExecutor(StepThreads.atMost("simulate-", properties.decideThreads(database.postgres(), subsidies)))
                .listener(new PlannerStatistics(bulk, Simulations.TABLES.decisions(), Simulations.TABLES.grants()))
                .build();
    }

    @Bean
    Step simulateSubsidyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             StagedRowsReader simulatedRowsReader, DecisionProcessor simulatedDecisionProcessor,
                             DecisionWriter simulatedDecisionWriter, ChunkHistory simulatedChunkHistory,
                             PipelineProperties properties, Sequences database,
                             ObjectProvider<PartitionTimers> partitionTimers) {
        ChunkOrientedStepBuilder<StagedRow, DecidedRow> step = DecideStepConfiguration.decidingChunks(
                        new StepBuilder("simulateSubsidyStep", jobRepository),
                        transactionManager, properties.chunkSize(database.postgres()), simulatedRowsReader,
                        simulatedDecisionProcessor, simulatedDecisionWriter, simulatedChunkHistory)
                .listener(new ChunkProgress(execution -> execution.getJobParameters().getString(SimulationParameters.QUARTER)
                        + " simulating " + execution.getExecutionContext().getString(SubsidyPartitioner.SUBSIDY)));
        partitionTimers.ifAvailable(timers -> step.listener((StepListener) timers));
        return new UnobservedStep(step.build());
    }

    /** The published run's rows, read as its decide step read them. */
    @Bean
    @StepScope
    StagedRowsReader simulatedRowsReader(StagedRows rows, @Value("#{jobParameters['publishedRun']}") long run,
                                         @Value("#{stepExecutionContext['subsidy']}") String subsidy,
                                         PipelineProperties properties, Sequences database) {
        return new StagedRowsReader(rows, run, Subsidy.fromCode(subsidy), properties.chunkSize(database.postgres()));
    }

    /** The history keyed by the simulation's id: its own earlier-ranked decisions, earlier quarters' published ones. */
    @Bean
    @StepScope
    ChunkHistory simulatedChunkHistory(History simulationHistory, @Value("#{jobParameters['simulation']}") long simulation,
                                       @Value("#{jobParameters['quarter']}") String quarter,
                                       @Value("#{stepExecutionContext['subsidy']}") String subsidy) {
        return new ChunkHistory(simulationHistory, simulation, Quarter.parse(quarter), Subsidy.fromCode(subsidy));
    }

    /** The rules of the simulated tree, read (already checked by the command) for each partition. */
    @Bean
    @StepScope
    DecisionProcessor simulatedDecisionProcessor(@Value("#{jobParameters['policy']}") String policy,
                                                 @Value("#{jobParameters['quarter']}") String quarter,
                                                 ChunkHistory simulatedChunkHistory) {
        return new DecisionProcessor(SubsidyRules.of(PolicyParameters.load(Path.of(policy))), Quarter.parse(quarter),
                PartitionDelegates.target(simulatedChunkHistory));
    }

    @Bean
    @StepScope
    DecisionWriter simulatedDecisionWriter(BulkInsert bulk, @Value("#{jobParameters['simulation']}") long simulation,
                                           @Value("#{jobParameters['quarter']}") String quarter) {
        return new DecisionWriter(bulk, Simulations.TABLES, simulation, Quarter.parse(quarter));
    }

    @Bean
    History simulationHistory(NamedParameterJdbcTemplate jdbc, Sequences database) {
        return new History(jdbc, database, Simulations.TABLES);
    }
}
