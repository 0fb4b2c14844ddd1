package cn.qingdao.hrss.jiuye.benchmark;

/**
 * Each floor timed in the benchmark's own JVM starts from a collected heap. The garbage of what ran before
 * it — above all {@code XSSFWorkbook}, which builds a whole 100,000-row workbook in memory — is otherwise
 * collected by G1's concurrent cycles on the next floor's time, on the same two cores: measured at 10 ×
 * 100,000, the raw reads after the readers' warm-up took 8.6–12.5 s instead of 3.6–4.0 s.
 */
final class CollectedHeap {

    private CollectedHeap() {
    }

    /** A full collection now (G1: stop-the-world, which leaves no concurrent cycle behind). */
    static void now() {
        System.gc();
    }
}
