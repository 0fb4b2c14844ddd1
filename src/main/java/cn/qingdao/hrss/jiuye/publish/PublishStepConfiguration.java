package cn.qingdao.hrss.jiuye.publish;

import cn.qingdao.hrss.jiuye.job.TaskletSteps;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publish step (rules §8): the run becomes the quarter's record, in one transaction. */
@Configuration(proxyBeanMethods = false)
public class PublishStepConfiguration {

    @Bean
    Step publishStep(TaskletSteps steps, Publication publication) {
        return steps.step("publishStep", run -> publication.publish(run.run(), run.quarter()));
    }
}
