package cn.qingdao.hrss.jiuye.report;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file so that a crash never leaves a half-written file under its final name
 * (rules §1: a failed run is resumed; §8 outputs): the content goes to a hidden temporary file in
 * the same folder, is forced to disk, then moved over the final name atomically. Every path is
 * resolved inside the output folder and checked not to leave it.
 */
final class AtomicFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Resolves {@code parts} under {@code root}; refuses anything that would leave it
     * (absolute parts, {@code ..}, separators smuggled in a name).
     */
    static Path inside(Path root, String... parts) {
        Path base = root.toAbsolutePath().normalize();
        Path target = base;
        for (String part : parts) {
            if (part == null || part.isBlank() || part.contains("/") || part.contains("\\")
                    || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("unsafe path element: " + part);
            }
            target = target.resolve(part);
        }
        target = target.normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("path leaves the output folder: " + target);
        }
        return target;
    }

    /** Temporary files are created private (rw-------); an output file is for the bureau's staff to read. */
    private static void readableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes {@code target} atomically, creating its folder if needed. */
    static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        readableByOthers(tmp);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // buffered: a zip's deflater hands its output on in pieces of a few kilobytes, each a system call
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
