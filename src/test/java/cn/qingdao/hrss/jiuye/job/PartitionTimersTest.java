package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The timers of a partition's worker step, fed by its listeners: the step, its chunks written and its
 * items read and processed, one timer per step execution, status and error, named and tagged as Spring
 * Batch's observations would be.
 */
class PartitionTimersTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PartitionTimers timers = new PartitionTimers(meters);

    @Test
    void everyItemReadAndProcessedIsCountedInTheTimersOfItsStep() {
        StepExecution step = step("readSubmissionStep:370202");
        timers.beforeStep(step);
        for (int i = 0; i < 3; i++) {
            timers.beforeRead();
            timers.afterRead("row");
            timers.beforeProcess("row");
            timers.afterProcess("row", "validated");
        }
        timers.afterStep(step);

        Timer read = meters.get("spring.batch.item.read").tag("spring.batch.item.read.job.name", "quarterlyJob")
                .tag("spring.batch.item.read.step.name", "readSubmissionStep:370202")
                .tag("spring.batch.item.read.status", "SUCCESS").tag("error", "none").timer();
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.getId().getTags()).hasSize(4);
        assertThat(meters.get("spring.batch.item.process").tag("spring.batch.item.process.step.name", "readSubmissionStep:370202")
                .tag("spring.batch.item.process.status", "SUCCESS").timer().count()).isEqualTo(3);
    }

    @Test
    void partitionsRunningAtTheSameTimeCountApart() throws InterruptedException {
        Thread other = new Thread(() -> readOne("decideSubsidyStep:employer"));
        other.start();
        readOne("decideSubsidyStep:startup");
        other.join();

        assertThat(meters.get("spring.batch.item.read").timers()).hasSize(2)
                .allSatisfy(t -> assertThat(t.count()).isEqualTo(1));
    }

    @Test
    void aFailedItemIsCountedApartWithItsError() {
        StepExecution step = step("decideSubsidyStep:employer");
        timers.beforeStep(step);
        timers.beforeProcess("row");
        timers.onProcessError("row", new IllegalStateException("no"));
        timers.afterStep(step);

        assertThat(meters.get("spring.batch.item.process").tag("spring.batch.item.process.status", "FAILURE")
                .tag("error", "IllegalStateException").timer().count()).isEqualTo(1);
    }

    @Test
    void theStepAndEveryChunkWrittenAreTimedAsSpringBatchWouldTimeThem() {
        StepExecution step = step("readSubmissionStep:370202");
        step.setStartTime(LocalDateTime.of(2026, 12, 4, 10, 0, 0));
        timers.beforeStep(step);
        for (int i = 0; i < 2; i++) {
            timers.beforeWrite(new Chunk<>(List.of("row")));
            timers.afterWrite(new Chunk<>(List.of("row")));
        }
        step.setEndTime(LocalDateTime.of(2026, 12, 4, 10, 0, 3));
        step.setExitStatus(ExitStatus.COMPLETED);
        timers.afterStep(step);

        assertThat(meters.get("spring.batch.chunk.write").tag("spring.batch.chunk.write.step.name", "readSubmissionStep:370202")
                .tag("spring.batch.chunk.write.status", "SUCCESS").tag("error", "none").timer().count()).isEqualTo(2);
        Timer stepTimer = meters.get("spring.batch.step").tag("spring.batch.step.name", "readSubmissionStep:370202")
                .tag("spring.batch.step.job.name", "quarterlyJob").tag("spring.batch.step.status", "COMPLETED")
                .tag("spring.batch.step.type", "org.springframework.batch.core.step.item.ChunkOrientedStep")
                .tag("error", "none").timer();
        assertThat(stepTimer.count()).isEqualTo(1);
        assertThat(stepTimer.totalTime(TimeUnit.SECONDS)).isEqualTo(3.0);
    }

    @Test
    void aFailedStepCarriesItsExitCodeAndTheErrorSpringBatchNames() {
        StepExecution step = step("decideSubsidyStep:employer");
        timers.beforeStep(step);
        step.addFailureException(new IllegalArgumentException("bad"));
        step.setExitStatus(ExitStatus.FAILED);
        timers.afterStep(step);

        assertThat(meters.get("spring.batch.step").tag("spring.batch.step.status", "FAILED")
                .tag("error", "IllegalStateException").timer().count()).isEqualTo(1);
    }

    private void readOne(String stepName) {
        StepExecution step = step(stepName);
        timers.beforeStep(step);
        timers.beforeRead();
        timers.afterRead("row");
        timers.afterStep(step);
    }

    private static StepExecution step(String name) {
        return MetaDataInstanceFactory.createStepExecution(
                MetaDataInstanceFactory.createJobExecution("quarterlyJob", 1L, 1L), name, 1L);
    }
}
