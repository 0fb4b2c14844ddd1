package cn.qingdao.hrss.jiuye.benchmark;

import cn.qingdao.hrss.jiuye.cli.Main;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The child JVM of an end-to-end benchmark run: runs {@link Main} unchanged and, on exit, writes
 * what it measured about itself to the file named by {@code -Dbenchmark.report}:
 * <ul>
 *   <li>{@code liveHeapPeak}: the largest heap in use right after a full collection, sampled by
 *       forcing one ({@code System.gc()}) every {@code -Dbenchmark.gcEveryMs} (default 2000; 0: none, and
 *       then no figure, as in the benchmark's timed runs) —
 *       the live data, not the garbage G1 has not yet collected. Taken from the collection's own
 *       "after" figure (its notification), not read once {@code System.gc()} returns: by then the
 *       other threads have allocated again, and a forced collection that the JVM postponed (a
 *       thread inside zip's native code holds the GC locker) would count garbage as live.
 *       With {@code -Dbenchmark.trace=true} each sample is printed to stderr with the time of day,
 *       to line it up with the run's log;</li>
 *   <li>{@code afterGcPeak}: the largest heap in use after any collection the JVM did by itself;</li>
 *   <li>{@code vmHwm}: peak resident set size ({@code VmHWM} of {@code /proc/self/status});</li>
 *   <li>{@code cpuMillis} and {@code uptimeMillis}: process CPU time and JVM uptime (CPU/uptime =
 *       cores used on average).</li>
 * </ul>
 * and to {@code cpu-samples.tsv} beside it, every {@value #CPU_SAMPLE_MS} ms, the time of day and the
 * process CPU time so far (both in milliseconds), so that the parent can tell the CPU of each step.
 */
public final class ChildRun {

    static final long CPU_SAMPLE_MS = 100;

    private ChildRun() {
    }

    public static void main(String[] args) {
        Path report = Path.of(System.getProperty("benchmark.report"));
        long period = Long.getLong("benchmark.gcEveryMs", 2000);
        boolean trace = Boolean.getBoolean("benchmark.trace"); // each sample to stderr, to find where the peak is
        AtomicLong livePeak = new AtomicLong();
        AtomicLong afterGcPeak = new AtomicLong();
        CpuSamples cpu = new CpuSamples(ChildRun::processCpuMillis);
        // The management beans take a few tenths of a second to set up: on a thread of their own, so that
        // the program starts as it would without the benchmark (its start-up is one of the figures). The
        // first collections and CPU samples come after that; a start-up's are small.
        Thread instruments = new Thread(() -> {
            listenToCollections(livePeak, afterGcPeak, trace);
            if (period > 0) {
                Thread sampler = new Thread(() -> {
                    while (true) {
                        try {
                            Thread.sleep(period);
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.gc(); // the listener records the heap after it
                    }
                }, "benchmark-heap-sampler");
                sampler.setDaemon(true);
                sampler.start();
            }
            cpu.start(CPU_SAMPLE_MS, "benchmark-cpu-sampler");
        }, "benchmark-instruments");
        instruments.setDaemon(true);
        instruments.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                instruments.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            write(report, livePeak.get(), afterGcPeak.get());
            cpu.stop();
            try {
                cpu.write(report.resolveSibling(CpuSamples.CHILD_FILE));
            } catch (IOException e) {
                System.err.println("benchmark: cannot write the CPU samples: " + e);
            }
        }));
        Main.main(args);
    }

    /** Records the heap after each collection: every one for {@code afterGcPeak}, forced ones for {@code livePeak}. */
    private static void listenToCollections(AtomicLong livePeak, AtomicLong afterGcPeak, boolean trace) {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                CompositeData info = (CompositeData) n.getUserData();
                CompositeData gcInfo = (CompositeData) info.get("gcInfo");
                long used = 0;
                for (Object entry : ((javax.management.openmbean.TabularData) gcInfo.get("memoryUsageAfterGc")).values()) {
                    if (heapPools.contains((String) ((CompositeData) entry).get("key"))) { // not Metaspace, code cache
                        CompositeData pool = (CompositeData) ((CompositeData) entry).get("value");
                        used += MemoryUsage.from(pool).getUsed();
                    }
                }
                afterGcPeak.accumulateAndGet(used, Math::max);
                if ("System.gc()".equals(info.get("gcCause"))) {
                    livePeak.accumulateAndGet(used, Math::max);
                    if (trace) {
                        System.err.printf("%tT benchmark: live heap %d MiB%n", System.currentTimeMillis(), used >> 20);
                    }
                }
            }, n -> "com.sun.management.gc.notification".equals(n.getType()), null);
        }
    }

    private static void write(Path report, long livePeak, long afterGcPeak) {
        Properties p = new Properties();
        p.setProperty("liveHeapPeak", Long.toString(livePeak));
        p.setProperty("afterGcPeak", Long.toString(afterGcPeak));
        p.setProperty("vmHwm", Long.toString(vmHwmBytes()));
        p.setProperty("cpuMillis", Long.toString(processCpuMillis()));
        p.setProperty("uptimeMillis", Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
        try (var out = Files.newBufferedWriter(report)) {
            p.store(out, "benchmark child");
        } catch (IOException e) {
            System.err.println("benchmark: cannot write " + report + ": " + e);
        }
    }

    private static long processCpuMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000;
    }

    private static long vmHwmBytes() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no RSS figure
        }
        return -1;
    }
}
