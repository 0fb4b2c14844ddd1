package cn.qingdao.hrss.jiuye.check;

import cn.qingdao.hrss.jiuye.JiuyePipelineApplication;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * The pipeline's application started for a pre-check, on a private database: an H2 file database in the
 * work folder, new and empty (no history), whatever the machine is configured with. Its environment holds
 * only the program's own {@code application.properties} and the settings below: no command-line option, no
 * Java system property, no environment variable ({@code SPRING_DATASOURCE_URL}) and no
 * {@code application.properties} of the current folder can point it at the city's database.
 */
final class PrivateApplication {

    private PrivateApplication() {
    }

    static ConfigurableApplicationContext start(WorkFolder work) {
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
                // neither the system properties nor the environment variables
            }
        };
        String db = work.database().resolve("precheck").toAbsolutePath().toString().replace('\\', '/');
        environment.getPropertySources().addFirst(new MapPropertySource("precheck", Map.ofEntries(
                Map.entry("spring.config.location", "optional:classpath:/"),
                Map.entry("spring.datasource.url", "jdbc:h2:file:" + db),
                Map.entry("spring.datasource.username", "sa"),
                Map.entry("spring.datasource.password", ""),
                Map.entry("spring.datasource.driver-class-name", "org.h2.Driver"),
                Map.entry("pipeline.districts-file", BuiltInReference.districtsFile(work.reference()).toString()),
                Map.entry("pipeline.policy-dir", BuiltInReference.policyDir(work.reference()).toString()),
                // no statistics baseline: year-on-year figures are not part of a pre-check
                Map.entry("pipeline.baseline-file", work.reference().resolve("no-baseline.csv").toString()),
                Map.entry("pipeline.jobs-dir", work.reference().toString()),
                // the pre-check reports in its own words; the run's log lines would repeat them in English
                Map.entry("logging.level.cn.qingdao.hrss.jiuye", "ERROR"))));
        return new SpringApplicationBuilder(JiuyePipelineApplication.class)
                .environment(environment)
                .registerShutdownHook(false) // the pre-check closes it, then deletes its folder
                .run();
    }
}
