package cn.qingdao.hrss.jiuye.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A UTF-8 CSV file (RFC 4180 quoting where a value needs it), written atomically (see {@link AtomicFiles}). */
final class CsvWriter {

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes the header, then whatever {@code body} writes, to {@code target}. */
    static void write(Path target, List<String> header, Consumer<CsvWriter> body) {
        try {
            AtomicFiles.write(target, stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                CsvWriter csv = new CsvWriter(w);
                csv.row(header.toArray());
                body.accept(csv);
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
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
            throw new UncheckedIOException(e);
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
