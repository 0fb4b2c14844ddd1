package cn.qingdao.hrss.jiuye.support.console;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.ObjLongConsumer;
import org.slf4j.Logger;

/**
 * Progress of long work (rows, rows/s, district). On a terminal
 * ({@code System.console() != null}) one live line, refreshed in place with a carriage return,
 * shows every piece of work in progress (e.g. each district being read) with its rows and rows/s;
 * otherwise a plain log line at most every few seconds. Either way one log line at the end.
 * Never shows row contents.
 */
public final class Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;
    private static final long REPAINT_NANOS = 200_000_000L;
    private static final LiveLine LIVE = System.console() != null ? new LiveLine(System.err) : null;
    private static volatile ObjLongConsumer<String> observer;

    private final Logger log;
    private final String what;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long rows;

    public Progress(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /**
     * Sees every {@link #add} (the label and the rows done so far); used only by the test hook
     * {@code run.FaultInjection}. {@code null} removes it.
     */
    public static void observe(ObjLongConsumer<String> o) {
        observer = o;
    }

    public void add(long n) {
        rows += n;
        long now = System.nanoTime();
        if (LIVE != null) {
            LIVE.update(what, String.format("%,d rows %,.0f/s", rows, rate(now)), now);
        } else if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            log.info("{}: {} rows, {} rows/s", what, String.format("%,d", rows), String.format("%,.0f", rate(now)));
        }
        ObjLongConsumer<String> o = observer;
        if (o != null) {
            o.accept(what, rows);
        }
    }

    public long rows() {
        return rows;
    }

    public void done() {
        long now = System.nanoTime();
        if (LIVE != null) {
            LIVE.remove(what);
        }
        log.info("{}: {} rows in {} s ({} rows/s)", what, String.format("%,d", rows),
                String.format("%.1f", (now - start) / 1e9), String.format("%,.0f", rate(now)));
    }

    private double rate(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        return rows / seconds;
    }

    /** The one line on a terminal: every piece of work in progress, repainted at most five times a second. */
    private static final class LiveLine {
        private final PrintStream out;
        private final Map<String, String> parts = new ConcurrentSkipListMap<>();
        private long lastPaint;
        private int width;

        LiveLine(PrintStream out) {
            this.out = out;
        }

        synchronized void update(String what, String state, long now) {
            parts.put(what, state);
            if (now - lastPaint >= REPAINT_NANOS) {
                lastPaint = now;
                paint();
            }
        }

        synchronized void remove(String what) {
            parts.remove(what);
            paint();
        }

        private void paint() {
            StringBuilder line = new StringBuilder();
            parts.forEach((what, state) -> line.append(line.length() == 0 ? "" : " | ").append(what).append(' ').append(state));
            int pad = Math.max(0, width - line.length());
            width = line.length();
            out.print("\r" + line + " ".repeat(pad) + (line.length() == 0 ? "\r" : ""));
            out.flush();
        }
    }
}
