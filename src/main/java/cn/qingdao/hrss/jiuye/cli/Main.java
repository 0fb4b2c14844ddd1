package cn.qingdao.hrss.jiuye.cli;

import cn.qingdao.hrss.jiuye.run.QuarterRunner;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.read.ReadProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The command line of rules §10. Options of the form {@code --spring.*}, {@code --logging.*},
 * {@code --management.*} and {@code --pipeline.*} are passed to Spring Boot (e.g.
 * {@code --spring.datasource.url=...}, {@code --management.prometheus.metrics.export.pushgateway.enabled=true});
 * everything else is parsed here, so {@code --help} and usage errors answer without starting
 * the application. Exit codes: 0 ok, 1 failed (restartable), 2 usage error, 3 some submissions refused,
 * 4 not started because another process is running the quarter.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--spring.") || a.startsWith("--logging.") || a.startsWith("--management.")
                    || a.startsWith("--pipeline.")) {
                spring.add(a);
            } else {
                own.add(a);
            }
        }
        CommandLine cli = new CommandLine(new PipelineCommand(spring.toArray(String[]::new)));
        // Typed options: a bad value is a usage error of the command it was given to (exit 2).
        cli.registerConverter(Quarter.class, text -> converted(() -> Quarter.parse(text)));
        cli.registerConverter(Subsidy.class, text -> converted(() -> Subsidy.fromCode(text)));
        cli.registerConverter(ReadProperties.By.class, Main::readBy);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (QuarterRunner.databaseUnreachable(e)) {
                System.err.println("error: the database could not be reached (" + QuarterRunner.rootMessage(e) + "). Check "
                        + "spring.datasource.url and that the database is up, then try again; a run it interrupted is "
                        + "resumed with 'restart'.");
            } else {
                System.err.println("error: " + e.getMessage());
            }
            return QuarterRunner.FAILED;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("error: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            return QuarterRunner.USAGE;
        });
        return cli.execute(own.toArray(String[]::new));
    }

    /** {@code --read-by} as written on the command line: {@code threads} or {@code workers}. */
    private static ReadProperties.By readBy(String text) {
        return Arrays.stream(ReadProperties.By.values()).filter(by -> by.option().equals(text)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("expected one of " + Arrays.stream(
                        ReadProperties.By.values()).map(ReadProperties.By::option).collect(Collectors.joining(", "))
                        + " but was '" + text + "'"));
    }

    private static <T> T converted(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
