package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output files are written under a temporary name in their final folder and moved into place in
 * one step, so a crash never leaves a half-written file under the final name; and never outside
 * the output folder, whatever a name holds.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** The path of {@code relative} inside {@code outDir}; refuses any path that would leave it. */
    public static Path inside(Path outDir, String... relative) {
        Path base = outDir.toAbsolutePath().normalize();
        Path p = base;
        for (String part : relative) {
            p = p.resolve(part);
        }
        p = p.normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + String.join("/", relative));
        }
        return p;
    }

    /** A temporary file next to {@code target}, to be passed to {@link #commit}. */
    public static Path temporary(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + target.getParent(), e);
        }
    }

    public static void commit(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
