package cn.qingdao.hrss.jiuye.benchmark;

import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.Workbooks;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Raw read of a quarter's files: every cell of every sheet visited, nothing validated. The files are
 * read on as many threads as the pipeline reads districts, so that the figures compare like with like.
 */
final class RawReads {

    /** One way of reading a file; adds the cells it visited. */
    interface Reader {
        void read(Path file, LongAdder cells) throws Exception;
    }

    /** dhatim fastexcel-reader: its own StAX (aalto) parse of the sheet XML, shared strings in memory. */
    static final Reader FASTEXCEL = (file, cells) -> {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                    rows.forEach(r -> {
                        for (int i = 0; i < r.getCellCount(); i++) {
                            org.dhatim.fastexcel.reader.Cell c = r.getCell(i);
                            if (c != null && c.getRawValue() != null) {
                                cells.increment();
                            }
                        }
                    });
                }
            }
        }
    };

    /** The pipeline's own streaming reader ({@link Workbooks}), merges applied, as the read step uses it. */
    static final Reader OWN = (file, cells) -> {
        try (SubmissionWorkbook wb = Workbooks.open(file)) {
            for (String sheet : wb.sheetNames()) {
                wb.readRows(sheet, row -> {
                    for (RawCell c : row.cells()) {
                        if (!c.isBlank()) {
                            cells.increment();
                        }
                    }
                });
            }
        }
    };

    /** POI's {@link XSSFWorkbook}: the whole workbook built in memory, then iterated. */
    static final Reader XSSF = (file, cells) -> {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        Object v = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> c.getNumericCellValue();
                            case BOOLEAN -> c.getBooleanCellValue();
                            case FORMULA -> c.getCachedFormulaResultType();
                            default -> null;
                        };
                        if (v != null) {
                            cells.increment();
                        }
                    }
                }
            }
            pkg.revert();
        }
    };

    private RawReads() {
    }

    /**
     * Elapsed and CPU time of a read. The CPU time is the whole benchmark JVM's (reading threads, garbage
     * collection and JIT compilation, as a run's CPU time counts them too); nothing else runs in it
     * meanwhile. -1 where the JVM does not report process CPU time.
     */
    record Timing(long wallNanos, long cpuNanos) {
    }

    /** Reads the files on {@code threads} threads; {@code cells} gets the cell count. */
    static Timing time(Reader reader, List<Path> files, int threads, LongAdder cells) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CollectedHeap.now();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    reader.read(f, cells);
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
            long wall = System.nanoTime() - start;
            long cpuEnd = processCpuNanos();
            return new Timing(wall, cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart);
        } finally {
            pool.shutdownNow();
        }
    }

    /** This JVM's CPU time so far, all threads; -1 if not reported. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
