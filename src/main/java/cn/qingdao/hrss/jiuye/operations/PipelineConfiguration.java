package cn.qingdao.hrss.jiuye.operations;

import cn.qingdao.hrss.jiuye.common.DistrictRegistry;
import cn.qingdao.hrss.jiuye.common.PipelineProperties;
import cn.qingdao.hrss.jiuye.statistics.Baseline;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reference data loaded once at start: the district registry and the statistics baseline. */
@Configuration
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineConfiguration {

    @Bean
    DistrictRegistry districtRegistry(PipelineProperties properties) {
        return DistrictRegistry.load(properties.districtsFile());
    }

    @Bean
    Baseline baseline(PipelineProperties properties) {
        return Baseline.load(properties.baselineFile());
    }
}
