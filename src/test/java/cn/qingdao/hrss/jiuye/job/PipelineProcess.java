package cn.qingdao.hrss.jiuye.job;

import cn.qingdao.hrss.jiuye.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's command line in a child JVM (the test JVM's class path, the project folder as
 * working directory), its standard output and error in a log file, so that it can be killed or
 * halted like a real process and another process can run beside it.
 */
final class PipelineProcess {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path log;
    private final String command;

    private PipelineProcess(Process process, Path log, String command) {
        this.process = process;
        this.log = log;
        this.command = command;
    }

    /** Starts {@code Main} with these arguments; the log goes to {@code log}. */
    static PipelineProcess start(Path log, List<String> args) {
        return start(log, List.of(), args);
    }

    /** Starts {@code Main} with these arguments in a JVM with these system properties ({@code -Dname=value}). */
    static PipelineProcess start(Path log, List<String> systemProperties, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dfile.encoding=UTF-8"));
        cmd.addAll(systemProperties);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new PipelineProcess(p, log, String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code Main} with these arguments to its end. */
    static PipelineProcess run(Path log, List<String> args) {
        PipelineProcess p = start(log, args);
        p.waitForExit();
        return p;
    }

    int waitForExit() {
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("'" + command + "' did not end within " + TIMEOUT + ":\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    int exit() {
        return waitForExit();
    }

    /** Sends the process SIGTERM, as an operator's {@code kill PID} does. */
    void terminate() {
        process.destroy();
    }

    /** Ends the process at once if it still runs (SIGKILL): for a test's clean-up. */
    void kill() {
        process.destroyForcibly();
    }

    /**
     * Stops every thread of the process without ending it (SIGSTOP), as a long pause or a machine that no longer
     * answers would: its connections stay open, its heartbeat stops.
     */
    void suspend() {
        signal("-STOP");
    }

    /** Lets a suspended process go on (SIGCONT). */
    void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new AssertionError("kill " + signal + " " + process.pid() + " ended with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits (bounded) until the log has a line containing {@code text}. */
    void awaitLine(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive() && !output().contains(text)) {
                throw new AssertionError("'" + command + "' ended (" + process.exitValue() + ") without printing '" + text
                        + "':\n" + output());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("'" + command + "' did not print '" + text + "' within " + TIMEOUT + ":\n" + output());
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "'" + command + "'";
    }
}
