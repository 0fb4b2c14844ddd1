package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The {@code worker} processes that read the partitions of a run's read step ({@code run --read-by workers}),
 * started as an operator starts them on this machine: the run's application, JVM options and {@code -Xmx}
 * ({@link PipelineRun#javaCommand}), each with a folder of its own for its log ({@code worker.log}) and its
 * figures ({@link ChildRun}). {@link #start} returns once every worker has said it is ready, so that the run
 * finds them waiting; {@link #stop} sends each SIGTERM, as the README stops a worker, and waits until it has
 * ended. Closing kills whatever still runs (a benchmark that failed half-way).
 */
final class WorkerProcesses implements AutoCloseable {

    /** What a worker logs once it takes partitions. */
    static final String READY = "ready: reading partitions";

    /** The exit code of a JVM ended by SIGTERM (128 + 15) once its shutdown hooks have run. */
    static final int SIGTERM_EXIT = 143;

    private static final long READY_TIMEOUT_MS = 180_000;
    private static final long STOP_TIMEOUT_MS = 60_000;
    private static final Pattern PARTITION_READ = Pattern.compile(".* \\d{4}Q\\d \\d{6}: COMPLETED\\b.*");

    /**
     * One worker, stopped.
     *
     * @param cpuMillisDuringRun its CPU time while the run lasted, -1 if its samples do not cover the run
     * @param vmHwm its peak resident set size in bytes, -1 if not measured
     * @param partitionsRead the partitions (districts) it read to completion
     */
    record Worker(int exit, long cpuMillisDuringRun, long vmHwm, int partitionsRead, Path log) {
    }

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();

    private WorkerProcesses() {
    }

    /** Starts {@code count} workers on the database at {@code url}, each in {@code work/worker-N}, and waits until all are ready. */
    static WorkerProcesses start(PipelineRun.Launch launch, int count, Path work, String url, String user, String password,
                                 String xmx) throws IOException, InterruptedException {
        WorkerProcesses workers = new WorkerProcesses();
        try {
            for (int i = 1; i <= count; i++) {
                Path dir = Files.createDirectories(work.resolve("worker-" + i));
                Path report = dir.resolve("child.properties");
                Files.deleteIfExists(report);
                Files.deleteIfExists(dir.resolve(CpuSamples.CHILD_FILE));
                List<String> cmd = PipelineRun.javaCommand(launch, xmx, report, 0);
                cmd.add("worker");
                cmd.addAll(PipelineRun.database(url, user, password));
                Path log = dir.resolve("worker.log");
                workers.processes.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
                workers.dirs.add(dir);
            }
            for (int i = 0; i < count; i++) {
                workers.awaitReady(i);
            }
            return workers;
        } catch (IOException | InterruptedException | RuntimeException e) {
            workers.close();
            throw e;
        }
    }

    private void awaitReady(int i) throws IOException, InterruptedException {
        Path log = dirs.get(i).resolve("worker.log");
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (!(Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(READY))) {
            if (!processes.get(i).isAlive()) {
                throw new IllegalStateException("worker " + (i + 1) + " ended with exit code " + processes.get(i).exitValue()
                        + " before it was ready; its log: " + log.toAbsolutePath());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("worker " + (i + 1) + " was not ready within " + READY_TIMEOUT_MS / 1000
                        + " s; its log: " + log.toAbsolutePath());
            }
            Thread.sleep(100);
        }
    }

    /**
     * Sends every worker SIGTERM and waits until each has ended.
     *
     * @param fromMillis the start and {@code toMillis} the end (times of day) of the run they read for, for the CPU
     *                   time they spent on it
     */
    List<Worker> stop(long fromMillis, long toMillis) throws IOException, InterruptedException {
        processes.forEach(Process::destroy); // SIGTERM
        List<Worker> stopped = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            Path dir = dirs.get(i);
            if (!p.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("worker " + (i + 1) + " did not stop within " + STOP_TIMEOUT_MS / 1000
                        + " s of SIGTERM; its log: " + dir.resolve("worker.log").toAbsolutePath());
            }
            Properties figures = new Properties();
            Path report = dir.resolve("child.properties");
            if (Files.exists(report)) {
                try (Reader in = Files.newBufferedReader(report)) {
                    figures.load(in);
                }
            }
            Path log = dir.resolve("worker.log");
            int partitions = (int) Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> PARTITION_READ.matcher(l).matches()).count();
            stopped.add(new Worker(p.exitValue(), CpuSamples.read(dir.resolve(CpuSamples.CHILD_FILE)).between(fromMillis, toMillis),
                    Long.parseLong(figures.getProperty("vmHwm", "-1")), partitions, log));
        }
        return stopped;
    }

    @Override
    public void close() {
        processes.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }
}
