package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A run whose read step's partitions are read by {@code worker} processes ({@code run --read-by workers}, remote
 * partitioning over the PostgreSQL database), set beside the local run of the same quarter: the workers are
 * started and ready before the run is launched, as standing workers would be, and stopped with SIGTERM after it;
 * the run's CSV files are compared byte for byte with the local run's.
 *
 * @param run the job process's run (the manager); its read stage spans the manager's {@code readStep}, which
 *            includes sending the requests and the waits between its looks into the job repository
 * @param workers each worker, stopped
 * @param same the CSV files identical to the local run's
 * @param different the CSV files that differ from the local run's or are missing on either side
 */
record RemoteRun(PipelineRun.Result run, List<WorkerProcesses.Worker> workers, List<String> same, List<String> different) {

    /** The file the outputs must have in common at the least. */
    static final String DECISIONS = "decisions.csv";

    /**
     * Runs {@code quarter} from {@code inbox} on the database at {@code url} (already at the program's schema: a
     * worker refuses any other) with {@code workers} workers, in {@code dir}, and compares its outputs with those in
     * {@code localOut} (the local run's {@code out/<quarter>}).
     */
    static RemoteRun measure(PipelineRun.Launch launch, String quarter, Path inbox, Path dir, String url, String user,
                             String password, String xmx, int workers, LongSupplier serverCpuMillis, Path localOut)
            throws IOException, InterruptedException, SQLException {
        try (WorkerProcesses started = WorkerProcesses.start(launch, workers, dir, url, user, password, xmx)) {
            PipelineRun.Result run = PipelineRun.run(launch, quarter, inbox, dir, url, user, password, xmx, 0, serverCpuMillis,
                    "--read-by", "workers");
            List<WorkerProcesses.Worker> stopped = started.stop(run.launchedMillis(), run.endedMillis());
            Path out = dir.resolve("out").resolve(quarter);
            List<String> same = new ArrayList<>();
            List<String> different = new ArrayList<>();
            TreeSet<String> names = new TreeSet<>(csvFiles(localOut));
            names.addAll(csvFiles(out));
            for (String name : names) {
                Path local = localOut.resolve(name);
                Path remote = out.resolve(name);
                boolean equal = Files.isRegularFile(local) && Files.isRegularFile(remote)
                        && Arrays.equals(Files.readAllBytes(local), Files.readAllBytes(remote));
                (equal ? same : different).add(name);
            }
            return new RemoteRun(run, stopped, same, different);
        }
    }

    /** The decisions and every other CSV file the same as the local run's. */
    boolean sameOutputs() {
        return different.isEmpty() && same.contains(DECISIONS);
    }

    /** The workers' CPU time while the run lasted, in milliseconds; -1 if not measured. */
    long workersCpuMillis() {
        long sum = 0;
        for (WorkerProcesses.Worker w : workers) {
            if (w.cpuMillisDuringRun() < 0) {
                return -1;
            }
            sum += w.cpuMillisDuringRun();
        }
        return sum;
    }

    private static List<String> csvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
        }
    }
}
