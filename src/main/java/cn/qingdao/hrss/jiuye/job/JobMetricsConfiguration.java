package cn.qingdao.hrss.jiuye.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job's metrics beside Spring Boot's: the item timers of the chunk-oriented steps
 * ({@link ItemTimers}), in place of Spring Batch's observations of single items. Commands that do not
 * run the job start without a meter registry (cli.PipelineCommand), and then without them.
 */
@Configuration
public class JobMetricsConfiguration {

    /** The item timers, or none (a null bean) when the application runs without metrics. */
    @Bean
    ItemTimers itemTimers(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? null : new ItemTimers(meters);
    }

    /**
     * Spring Batch's observations of every item read and processed are not made ({@link ItemTimers}
     * records their timers); the job, step and chunk observations are. A name test, which is cheaper
     * per item than the {@code management.observations.enable.*} lookup.
     */
    @Bean
    ObservationPredicate withoutItemObservations() {
        return (name, context) -> !name.startsWith("spring.batch.item.");
    }
}
