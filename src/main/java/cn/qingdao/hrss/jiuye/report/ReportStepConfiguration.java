package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.job.TaskletSteps;
import cn.qingdao.hrss.jiuye.run.OutputLeftovers;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report step (rules §8): every output file written from the database, each one atomically;
 * temporary files an interrupted report step left are removed first.
 */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

    @Bean
    Step reportStep(TaskletSteps steps, Reports reports) {
        return steps.step("reportStep", run -> {
            OutputLeftovers.remove(run.out().resolve(run.quarter().toString()));
            reports.write(run.run(), run.quarter(), run.out());
        });
    }
}
