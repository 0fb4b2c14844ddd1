package cn.qingdao.hrss.jiuye.common;

import org.slf4j.Logger;

/**
 * Progress of long work (DEVELOPERS.md: rows, rows/s, district), logged at most every few
 * seconds and once at the end. Never logs row contents.
 */
public final class Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Logger log;
    private final String what;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long rows;

    public Progress(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public void add(long n) {
        rows += n;
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            log.info("{}: {} rows, {} rows/s", what, String.format("%,d", rows), String.format("%,.0f", rate(now)));
        }
    }

    public long rows() {
        return rows;
    }

    public void done() {
        long now = System.nanoTime();
        log.info("{}: {} rows in {} s ({} rows/s)", what, String.format("%,d", rows),
                String.format("%.1f", (now - start) / 1e9), String.format("%,.0f", rate(now)));
    }

    private double rate(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        return rows / seconds;
    }
}
