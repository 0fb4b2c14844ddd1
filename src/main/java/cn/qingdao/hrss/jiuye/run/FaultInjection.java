package cn.qingdao.hrss.jiuye.run;

import cn.qingdao.hrss.jiuye.support.console.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Test hook, off by default: stops the process abruptly, or holds it, at a chosen point of a run,
 * so that tests can kill a run deterministically and restart it. Properties:
 * <ul>
 *   <li>{@code pipeline.test.halt-at=<point>}: {@code Runtime.halt(137)} there — like {@code kill -9},
 *       no shutdown hook, no rollback beyond what the database does for an open transaction;</li>
 *   <li>{@code pipeline.test.pause-at=<point>} with {@code pipeline.test.pause-until=<file>}: wait
 *       there (at most two minutes) until the file exists.</li>
 * </ul>
 * Points: {@code before:<step>} and {@code after:<step>} (after the step has ended and Spring Batch has
 * recorded how; a partition's worker step {@code readSubmissionStep} or {@code decideSubsidyStep}
 * matches each of its partitions, {@code #n} picks the n-th occurrence); {@code rows:<label>:<n>} when
 * the committed rows of the progress whose label contains {@code label} reach n in total — the labels
 * are {@code <quarter> reading <district>} and {@code <quarter> deciding <subsidy>}, fed by
 * {@link ChunkProgress} after each chunk commits (e.g. {@code rows:370211:150} once district 370211 has
 * 150 rows stored, {@code rows:employer:400} after the chunk that brings the employer decisions to 400);
 * {@code file:<name>} as soon as a file whose name contains {@code name} appears under the
 * quarter's output folder (its temporary file while it is written, e.g. {@code file:summary-}).
 * Each hit prints {@code fault injection: halting|paused at <point>} on standard error.
 */
@Component
public class FaultInjection implements StepExecutionListener {

    private final String haltAt;
    private final String pauseAt;
    private final Path pauseUntil;
    private final AtomicInteger occurrences = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicBoolean fired = new AtomicBoolean();
    private final AtomicBoolean watching = new AtomicBoolean();

    public FaultInjection(@Value("${pipeline.test.halt-at:}") String haltAt,
                          @Value("${pipeline.test.pause-at:}") String pauseAt,
                          @Value("${pipeline.test.pause-until:}") String pauseUntil) {
        this.haltAt = haltAt;
        this.pauseAt = pauseAt;
        this.pauseUntil = pauseUntil.isEmpty() ? null : Path.of(pauseUntil);
        String point = point();
        if (point.startsWith("rows:")) {
            String[] p = point.split(":");
            long target = Long.parseLong(p[2]);
            Map<String, Long> seen = new ConcurrentHashMap<>();
            Progress.observe((label, total) -> {
                if (label.contains(p[1])) {
                    Long before = seen.put(label, total);
                    if (rows.addAndGet(total - (before == null ? 0 : before)) >= target) {
                        hit(point);
                    }
                }
            });
        }
    }

    /** True when a hook is set (the job then registers this listener). */
    boolean active() {
        return !point().isEmpty();
    }

    private String point() {
        return !haltAt.isEmpty() ? haltAt : pauseAt;
    }

    @Override
    public void beforeStep(StepExecution step) {
        String point = point();
        if (point.startsWith("file:") && watching.compareAndSet(false, true)) {
            Path dir = Path.of(step.getJobParameters().getString("out"), step.getJobParameters().getString("quarter"));
            Thread watcher = new Thread(() -> watch(dir, point.substring(5), point), "fault-injection-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stepPoint("before:", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        stepPoint("after:", step.getStepName());
        return null;
    }

    private void stepPoint(String when, String stepName) {
        String point = point();
        if (!point.startsWith(when)) {
            return;
        }
        String[] p = point.substring(when.length()).split("#");
        int nth = p.length > 1 ? Integer.parseInt(p[1]) : 1;
        if ((stepName.equals(p[0]) || stepName.startsWith(p[0] + ":")) && occurrences.incrementAndGet() == nth) {
            hit(point);
        }
    }

    private void watch(Path dir, String name, String point) {
        while (!fired.get()) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.getFileName().toString().contains(name))) {
                        hit(point);
                        return;
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // a file vanished while listing (an atomic move): look again
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void hit(String point) {
        if (!fired.compareAndSet(false, true)) {
            return;
        }
        if (!haltAt.isEmpty()) {
            System.err.println("fault injection: halting at " + point);
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
        System.err.println("fault injection: paused at " + point);
        System.err.flush();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (pauseUntil != null && !Files.exists(pauseUntil) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.err.println("fault injection: resumed at " + point);
    }
}
