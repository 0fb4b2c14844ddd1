package cn.qingdao.hrss.jiuye.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: a pre-check in a child JVM on the test class path, as a clerk runs the jar: its own
 * process (a pre-check starts an application of its own, which must not touch the test JVM's logging),
 * its own working folder, environment and temporary folder; stdout and stderr captured.
 */
public final class CheckProcess {

    /** What the child did: its exit code and everything it printed. */
    public record Result(int exit, String output) {
    }

    private CheckProcess() {
    }

    /** {@code cli.Main} with {@code args}, run in {@code cwd}, with {@code env} added to the environment. */
    public static Result main(Path cwd, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(cwd, env, jvmOptions, "cn.qingdao.hrss.jiuye.cli.Main", List.of(args));
    }

    /**
     * Pre-checks many files in one child JVM ({@link PreCheckBatch}), each against its quarter, its
     * workbook into {@code outRoot/<i>/}; returns the output, where each check's exit code is on a line
     * {@code exit <i> <code>}.
     */
    public static Result batch(Path outRoot, List<Map.Entry<String, Path>> quarterAndFile)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        args.add(outRoot.toAbsolutePath().toString());
        for (Map.Entry<String, Path> e : quarterAndFile) {
            args.add(e.getKey());
            args.add(e.getValue().toAbsolutePath().toString());
        }
        Files.createDirectories(outRoot);
        return run(Path.of("").toAbsolutePath(), Map.of(), List.of(), PreCheckBatch.class.getName(), args);
    }

    /** The exit code of check {@code i} in a batch's output. */
    public static int exitOf(Result batch, int i) {
        return batch.output().lines().filter(l -> l.startsWith("exit " + i + " ")).findFirst()
                .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no exit line for check " + i + ":\n" + batch.output()));
    }

    private static Result run(Path cwd, Map<String, String> env, List<String> jvmOptions, String mainClass,
                              List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Path log = Files.createTempFile("check-process", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the pre-check did not finish within 10 minutes:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
