package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The item timers of a chunk-oriented step, fed by its item listeners: one timer per step execution,
 * status and error, named and tagged as Spring Batch's item observations would be.
 */
class ItemTimersTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ItemTimers timers = new ItemTimers(meters);

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
