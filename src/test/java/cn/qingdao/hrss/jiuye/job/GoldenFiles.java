package cn.qingdao.hrss.jiuye.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Comparison of output CSV files with the golden files of {@code fixtures/2025Q3/expected} (rules §8):
 * every decision, month count, amount and reason code must match; row order and line endings are not
 * significant, and in decisions.csv the id_number and name columns are informative only.
 */
final class GoldenFiles {

    private GoldenFiles() {
    }

    static void assertSameRows(Path actual, Path expected) {
        assertThat(rows(actual, false)).as(actual.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(rows(expected, false));
    }

    /** decisions.csv: every column but id_number (5th) and name (6th). */
    static void assertSameDecisions(Path actual, Path expected) {
        assertThat(rows(actual, true)).as("decisions.csv")
                .containsExactlyInAnyOrderElementsOf(rows(expected, true));
    }

    static List<String> rows(Path file, boolean withoutPersonColumns) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.replace("\r", "");
                if (l.isEmpty()) {
                    continue;
                }
                if (withoutPersonColumns) {
                    String[] f = l.split(",", -1);
                    f[4] = "";
                    f[5] = "";
                    l = String.join(",", f);
                }
                out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
