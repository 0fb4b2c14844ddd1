package cn.qingdao.hrss.jiuye.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The temporary files a run killed while writing its outputs leaves behind (the report writes
 * {@code .<name>.<random>.tmp} next to each file and moves it into place): removed before the
 * outputs are written again, so a restarted run leaves exactly the files of an uninterrupted one.
 */
public final class OutputLeftovers {

    private OutputLeftovers() {
    }

    public static void remove(Path quarterDir) {
        if (!Files.isDirectory(quarterDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(quarterDir, 2)) {
            List<Path> leftovers = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(f);
            }).toList();
            for (Path f : leftovers) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the output folder " + quarterDir, e);
        }
    }
}
