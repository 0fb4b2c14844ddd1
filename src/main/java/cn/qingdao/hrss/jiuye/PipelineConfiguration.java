package cn.qingdao.hrss.jiuye;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.policy.PolicyParameters;
import cn.qingdao.hrss.jiuye.statistics.Baseline;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reference data loaded once at start: the district registry, the policy parameters and the statistics baseline. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineConfiguration {

    @Bean
    DistrictRegistry districtRegistry(PipelineProperties properties) {
        return DistrictRegistry.load(properties.districtsFile());
    }

    /** The dated policy parameters (rules §6), read strictly at start: a malformed file stops the program. */
    @Bean
    PolicyParameters policyParameters(PipelineProperties properties) {
        return PolicyParameters.load(properties.policyDir());
    }

    @Bean
    Baseline baseline(PipelineProperties properties) {
        return Baseline.load(properties.baselineFile());
    }
}
