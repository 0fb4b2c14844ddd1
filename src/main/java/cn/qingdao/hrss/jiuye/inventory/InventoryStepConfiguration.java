package cn.qingdao.hrss.jiuye.inventory;

import cn.qingdao.hrss.jiuye.job.TaskletSteps;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inventory step (rules §3, §7): the inbox's files recorded as the run's submissions, in one transaction. */
@Configuration(proxyBeanMethods = false)
public class InventoryStepConfiguration {

    @Bean
    Step inventoryStep(TaskletSteps steps, SubmissionInventory inventory) {
        return steps.step("inventoryStep", run -> inventory.takeStock(run.run(), run.quarter(), run.inbox(),
                run.readBy() == ReadProperties.By.WORKERS));
    }
}
