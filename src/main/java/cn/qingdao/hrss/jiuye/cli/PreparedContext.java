package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.JiuyePipelineApplication;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.aot.AotDetector;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The application context of the commands that run the job, prepared when the program was packaged:
 * Spring's ahead-of-time processing ({@code mvn package}, the {@code process-aot} goal) writes the
 * run's bean definitions as code, so a start registers them directly instead of parsing the
 * configuration classes and evaluating their conditions, about half a second of every run's start.
 *
 * <p>The price is that the beans are fixed when the program is packaged: every condition was decided
 * with the settings of that moment ({@code application.properties}, and Flyway off, as a run first
 * starts). So the prepared context is used only when it can be the same as the one a normal start would
 * build: the program runs from its packaged jar (classes compiled since, in {@code target/classes}, may
 * define other beans), Spring's own switch {@code -Dspring.aot.enabled=false} is not given, and none of the
 * settings that decide a condition of the run's context ({@link #DECIDING}) differs from its packaged
 * value; otherwise, or when a setting is found to differ once started ({@link #fits}), the context is
 * built as usual.
 */
final class PreparedContext {

    /** Spring's switch for ahead-of-time prepared contexts ({@link AotDetector}). */
    private static final String AOT_ENABLED = AotDetector.AOT_ENABLED;

    /**
     * The settings a condition of the run's context reads (Spring Boot's condition evaluation report of
     * a run), and the exclusion of auto-configurations, with the value each had when the context was
     * prepared (empty: not set). A setting given otherwise at run time — Pushgateway on, say — makes the
     * run start the usual way.
     */
    static final Map<String, Optional<String>> DECIDING = Map.ofEntries(
            Map.entry("spring.autoconfigure.exclude", Optional.empty()),
            Map.entry("management.prometheus.metrics.export.pushgateway.enabled", Optional.of("false")),
            Map.entry("spring.flyway.enabled", Optional.of("false")),
            Map.entry("spring.batch.job.enabled", Optional.of("false")),
            Map.entry("spring.main.web-application-type", Optional.of("none")),
            Map.entry("spring.aop.auto", Optional.empty()),
            Map.entry("spring.aop.proxy-target-class", Optional.empty()),
            Map.entry("spring.application.admin.enabled", Optional.empty()),
            Map.entry("spring.jmx.enabled", Optional.empty()),
            Map.entry("spring.persistence.exceptiontranslation.enabled", Optional.empty()),
            Map.entry("spring.datasource.jndi-name", Optional.empty()),
            Map.entry("spring.datasource.type", Optional.empty()),
            Map.entry("spring.task.execution.mode", Optional.empty()));

    private static final String INITIALIZER = JiuyePipelineApplication.class.getName() + "__ApplicationContextInitializer";

    private PreparedContext() {
    }

    /** Whether this program carries a prepared context it may use: packaged with one, and not switched off. */
    static boolean available() {
        if ("false".equalsIgnoreCase(System.getProperty(AOT_ENABLED))) {
            return false;
        }
        // Packaged: the classes come from a jar (the unpacked one, or nested in the single jar), not a folder.
        var source = JiuyePipelineApplication.class.getProtectionDomain().getCodeSource();
        boolean packaged = source != null
                && !("file".equals(source.getLocation().getProtocol()) && source.getLocation().getPath().endsWith("/"));
        return packaged && ClassUtils.isPresent(INITIALIZER, PreparedContext.class.getClassLoader());
    }

    /** Whether a context started from the prepared one has the beans its settings ask for. */
    static boolean fits(Environment environment) {
        return DECIDING.entrySet().stream().allMatch(setting -> Objects.equals(
                Optional.ofNullable(environment.getProperty(setting.getKey())).map(v -> v.trim().toLowerCase(Locale.ROOT)),
                setting.getValue()));
    }

    /**
     * Starts a context with Spring's switch set to {@code prepared} for this start only: on for the run's
     * prepared context, off for every other one (each command's context but the run's is built as usual, even
     * when {@code -Dspring.aot.enabled=true} is given for the JVM).
     */
    static ConfigurableApplicationContext start(boolean prepared, Supplier<ConfigurableApplicationContext> start) {
        SpringProperties.setProperty(AOT_ENABLED, Boolean.toString(prepared));
        try {
            return start.get();
        } finally {
            SpringProperties.setProperty(AOT_ENABLED, null);
        }
    }
}
