package cn.qingdao.hrss.jiuye.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.JiuyePipelineApplication;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The run's context prepared at packaging time is used only where a normal start would build the same
 * one: every setting a condition of the run's context reads is watched, and any of them given otherwise
 * than when the program was packaged makes the run start the usual way.
 */
class PreparedContextTest {

    private static final Pattern PROPERTY_CONDITION = Pattern.compile("@ConditionalOn(?:Boolean)?Property \\(([^=)\\s]+)");

    @TempDir
    Path dir;

    @Test
    void everySettingAConditionOfTheRunsContextReadsIsWatched() {
        Set<String> read = new TreeSet<>();
        try (ConfigurableApplicationContext context = runsContext()) {
            ConditionEvaluationReport.get(context.getBeanFactory()).getConditionAndOutcomesBySource().values()
                    .forEach(outcomes -> outcomes.forEach(outcome -> {
                        Matcher m = PROPERTY_CONDITION.matcher(outcome.getOutcome().getMessage());
                        while (m.find()) {
                            read.add(m.group(1));
                        }
                    }));
        }

        assertThat(read).contains("management.prometheus.metrics.export.pushgateway.enabled", "spring.flyway.enabled");
        assertThat(PreparedContext.DECIDING.keySet()).containsAll(read);
    }

    @Test
    void theSettingsOfAPackagedRunFitThePreparedContext() {
        try (ConfigurableApplicationContext context = runsContext()) {
            assertThat(PreparedContext.fits(context.getEnvironment())).isTrue();
        }
    }

    @Test
    void aSettingThatDecidesABeanOtherwiseDoesNotFit() {
        try (ConfigurableApplicationContext context = runsContext()) {
            ConfigurableEnvironment environment = context.getEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("given at run time",
                    Map.of("management.prometheus.metrics.export.pushgateway.enabled", "true")));
            assertThat(PreparedContext.fits(environment)).isFalse();
        }
        try (ConfigurableApplicationContext context = runsContext("--spring.jmx.enabled=true")) {
            assertThat(PreparedContext.fits(context.getEnvironment())).isFalse();
        }
    }

    @Test
    void compiledClassesOutsideThePackagedJarAreNotPrepared() {
        // The tests run from target/classes: a prepared context there could be older than the classes.
        assertThat(PreparedContext.available()).isFalse();
    }

    /** The context a run starts first (Flyway off), built the usual way on a scratch H2 database. */
    private ConfigurableApplicationContext runsContext(String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/jiuye").toAbsolutePath();
        System.arraycopy(more, 0, args, 1, more.length);
        return PreparedContext.start(false, () -> new SpringApplicationBuilder(JiuyePipelineApplication.class)
                .properties("spring.flyway.enabled=false").run(args));
    }
}
