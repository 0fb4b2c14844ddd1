package cn.qingdao.hrss.jiuye.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A CPU clock sampled at a fixed period with the time of day, so that the CPU time spent between two
 * instants of a run — a step's start and end, as the job repository records them — can be read off
 * afterwards (linear between samples, {@value ChildRun#CPU_SAMPLE_MS} ms apart). Used for the pipeline
 * JVM's own CPU ({@link ChildRun}) and for PostgreSQL's ({@link ServerCpu}). A run of minutes keeps a
 * few thousand samples.
 */
final class CpuSamples {

    /** The file the child JVM writes its samples to, beside its report. */
    static final String CHILD_FILE = "cpu-samples.tsv";

    /** How far a span may reach beyond the samples (the JVM's start, its shutdown hooks): read as flat. */
    private static final long CPU_SLACK_MS = 1000;

    private final LongSupplier cpuMillis;
    private final List<long[]> samples = new ArrayList<>();
    private Thread sampler;

    CpuSamples(LongSupplier cpuMillis) {
        this.cpuMillis = cpuMillis;
    }

    /** Samples now, then every {@code periodMillis} on a daemon thread until {@link #stop}. */
    void start(long periodMillis, String threadName) {
        sample();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, threadName);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops the sampler and takes a last sample. */
    void stop() {
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sample();
    }

    private void sample() {
        long cpu = cpuMillis.getAsLong();
        if (cpu >= 0) {
            synchronized (samples) {
                samples.add(new long[] {System.currentTimeMillis(), cpu});
            }
        }
    }

    /**
     * The CPU milliseconds spent from {@code fromMillis} to {@code toMillis} (times of day), or -1 if
     * the samples do not cover that span.
     */
    long between(long fromMillis, long toMillis) {
        synchronized (samples) {
            if (samples.isEmpty() || fromMillis < samples.get(0)[0] - CPU_SLACK_MS
                    || toMillis > samples.get(samples.size() - 1)[0] + CPU_SLACK_MS) {
                return -1;
            }
            return Math.round(at(toMillis) - at(fromMillis));
        }
    }

    /** The CPU milliseconds from the first sample to the last, or -1 if there are fewer than two. */
    long total() {
        synchronized (samples) {
            return samples.size() < 2 ? -1 : samples.get(samples.size() - 1)[1] - samples.get(0)[1];
        }
    }

    private double at(long time) {
        long[] before = samples.get(0);
        if (time <= before[0]) {
            return before[1];
        }
        for (long[] s : samples) {
            if (s[0] >= time) {
                return s[0] == before[0] ? s[1] : before[1] + (double) (s[1] - before[1]) * (time - before[0]) / (s[0] - before[0]);
            }
            before = s;
        }
        return before[1];
    }

    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            synchronized (samples) {
                for (long[] s : samples) {
                    out.write(s[0] + "\t" + s[1] + "\n");
                }
            }
        }
    }

    /** The samples a {@link #write} left in a file; none if it is missing. */
    static CpuSamples read(Path file) throws IOException {
        CpuSamples c = new CpuSamples(() -> -1);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t");
                if (f.length == 2) {
                    c.samples.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                }
            }
        }
        return c;
    }
}
