package cn.qingdao.hrss.jiuye.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The yardstick for the report step's workbooks: the rows of a run's payment rosters and feedback
 * workbooks (rules §8) written again by the fastest streaming {@code .xlsx} writer found, dhatim
 * fastexcel (test scope only). The run's files are read into memory first (every sheet, every row,
 * titles and headers included, each cell's text or number), then timed while fastexcel writes the
 * same cells into as many files, one district's two workbooks per task on as many threads as the
 * report step writes districts ({@code OutputWorkbooks.THREADS}). Values only: no styles, column
 * widths, merged cells or print settings, which the pipeline's workbooks have. Text is written inline
 * as the pipeline writes it, the archive at the fastest deflate level as the pipeline's.
 */
final class RawWrite {

    /** Rows kept in fastexcel's memory before they are written out: it streams only when flushed. */
    private static final int FLUSH_EVERY = 1_000;

    private RawWrite() {
    }

    /** The elapsed time of the writes, the rows and the files written. */
    record Timing(long wallNanos, long rows, int files) {
    }

    /** One sheet of an output workbook: its name and its rows, each cell a String, a number or null. */
    private record SheetRows(String name, List<Object[]> rows) {
    }

    /** One output workbook: its file name and sheets. */
    private record Output(String fileName, List<SheetRows> sheets) {
    }

    /**
     * Times writing the rosters and feedback workbooks found under {@code quarterOut} (a run's
     * {@code out/<quarter>/}, one folder per district) into {@code scratch}, which is emptied afterwards.
     */
    static Timing outputsOf(Path quarterOut, Path scratch, int threads) throws Exception {
        List<List<Output>> districts = new ArrayList<>();
        long rows = 0;
        int files = 0;
        try (Stream<Path> dirs = Files.list(quarterOut)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Output> outputs = new ArrayList<>();
                try (Stream<Path> xlsx = Files.list(dir)) {
                    for (Path f : xlsx.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList()) {
                        Output o = read(f);
                        outputs.add(o);
                        rows += o.sheets().stream().mapToLong(s -> s.rows().size()).sum();
                        files++;
                    }
                }
                districts.add(outputs);
            }
        }
        Benchmark.deleteTree(scratch);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CollectedHeap.now();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int d = 0; d < districts.size(); d++) {
                Path dir = Files.createDirectories(scratch.resolve(Integer.toString(d)));
                List<Output> outputs = districts.get(d);
                done.add(pool.submit(() -> {
                    for (Output o : outputs) {
                        write(o, dir.resolve(o.fileName()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            long nanos = System.nanoTime() - start;
            return new Timing(nanos, rows, files);
        } finally {
            pool.shutdownNow();
            Benchmark.deleteTree(scratch);
        }
    }

    private static Output read(Path file) throws IOException {
        List<SheetRows> sheets = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<Object[]> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(r -> {
                        Object[] cells = new Object[r.getCellCount()];
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = value(r.getCell(i));
                        }
                        rows.add(cells);
                    });
                }
                sheets.add(new SheetRows(sheet.getName(), rows));
            }
        }
        return new Output(file.getFileName().toString(), sheets);
    }

    private static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        return switch (c.getType()) {
            case NUMBER -> c.asNumber();
            case STRING -> c.asString();
            case BOOLEAN -> c.asBoolean();
            case EMPTY -> null;
            default -> c.getRawValue();
        };
    }

    private static void write(Output o, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "jiuye-pipeline", "1.0");
            wb.setCompressionLevel(Deflater.BEST_SPEED);
            for (SheetRows sheet : o.sheets()) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                int r = 0;
                for (Object[] row : sheet.rows()) {
                    for (int c = 0; c < row.length; c++) {
                        Object v = row[c];
                        if (v instanceof String text) {
                            ws.inlineString(r, c, text);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        }
                    }
                    if (++r % FLUSH_EVERY == 0) {
                        ws.flush();
                    }
                }
                ws.finish();
            }
            wb.finish();
        }
    }
}
