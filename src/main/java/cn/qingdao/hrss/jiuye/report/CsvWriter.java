package cn.qingdao.hrss.jiuye.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 CSV file (RFC 4180 quoting where a value needs it), committed atomically on close. */
final class CsvWriter implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private boolean committed;

    CsvWriter(Path target, String... header) {
        this.target = target;
        this.temporary = OutputFiles.temporary(target);
        try {
            this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        row((Object[]) header);
    }

    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(values[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Closes and moves the file into place. */
    @Override
    public void close() {
        try {
            out.close();
            if (!committed) {
                committed = true;
                OutputFiles.commit(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
