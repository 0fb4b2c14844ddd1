package cn.qingdao.hrss.jiuye.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pipeline's command line ({@code cli.Main}) in a separate JVM on the test class
 * path, as an operator would run the jar: with its own heap limit, its own H2 file database, and
 * everything it prints (log and summary, stdout and stderr) captured in one file.
 */
final class ChildJvm {

    /** What the child did: its exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    static Result run(List<String> jvmOptions, Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("cn.qingdao.hrss.jiuye.cli.Main");
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/jiuye").toAbsolutePath());
        Path log = Files.createDirectories(work).resolve("child-output.txt");
        Process process = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
