package cn.qingdao.hrss.jiuye.job;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job's metrics beside Spring Boot's: the timers of the partitions' worker steps
 * ({@link PartitionTimers}), in place of Spring Batch's observations of them ({@link UnobservedStep}).
 * Commands that do not run the job start without a meter registry (cli.PipelineCommand), and then
 * without them.
 */
@Configuration(proxyBeanMethods = false)
public class JobMetricsConfiguration {

    /** The partitions' timers, or none (a null bean) when the application runs without metrics. */
    @Bean
    PartitionTimers partitionTimers(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? null : new PartitionTimers(meters);
    }
}
