package cn.qingdao.hrss.jiuye.check;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The pre-check's private, throw-away folder under the system's temporary folder: an inbox holding a
 * copy of the file checked, the run's output folder, the H2 database files and the reference data.
 * Deleted, with everything in it, when the pre-check ends.
 */
final class WorkFolder implements AutoCloseable {

    private final Path root;

    private WorkFolder(Path root) {
        this.root = root;
    }

    static WorkFolder create() throws IOException {
        WorkFolder work = new WorkFolder(Files.createTempDirectory("jiuye-check-"));
        Files.createDirectories(work.inbox());
        Files.createDirectories(work.database());
        return work;
    }

    Path root() {
        return root;
    }

    /** The quarter's inbox of the private run: the file checked, alone. */
    Path inbox() {
        return root.resolve("inbox");
    }

    /** The private run's output folder. */
    Path out() {
        return root.resolve("out");
    }

    /** The folder of the private H2 database. */
    Path database() {
        return root.resolve("db");
    }

    /** Where the reference data built into the program is copied. */
    Path reference() {
        return root.resolve("reference");
    }

    /** Deletes the folder and everything in it; a file that cannot be deleted is left (and said so). */
    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("note: the pre-check's temporary folder " + root + " could not be deleted completely ("
                    + e.getMessage() + "); it may be deleted by hand.");
        }
    }
}
