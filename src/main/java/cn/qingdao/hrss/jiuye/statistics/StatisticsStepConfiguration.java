package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.job.TaskletSteps;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics step (rules §7): the run's city totals, year-on-year and year-to-date, in one transaction. */
@Configuration(proxyBeanMethods = false)
public class StatisticsStepConfiguration {

    @Bean
    Step statisticsStep(TaskletSteps steps, StatisticsAggregator aggregator) {
        return steps.step("statisticsStep", run -> aggregator.aggregate(run.run(), run.quarter()));
    }
}
