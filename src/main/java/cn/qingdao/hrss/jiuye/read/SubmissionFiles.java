package cn.qingdao.hrss.jiuye.read;

import cn.qingdao.hrss.jiuye.inventory.SubmittedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Where a read partition finds its submission's file. On the machine that runs the job, in the inbox. In a
 * worker process ({@code pipeline.read.from-archive=true}, set by the {@code worker} command), which need not
 * see the inbox, in a temporary copy of the file archived in the database ({@link SubmittedFiles}), under
 * the file's own name (the refusals quote it), in the worker's own temporary folder ({@link WorkerFolder}), removed
 * when the partition closes its reader.
 */
@Component
public class SubmissionFiles {

    private final SubmittedFiles archive;
    private final WorkerFolder workerFolder;
    private final boolean fromArchive;

    public SubmissionFiles(SubmittedFiles archive, WorkerFolder workerFolder,
                           @Value("${pipeline.read.from-archive:false}") boolean fromArchive) {
        this.archive = archive;
        this.workerFolder = workerFolder;
        this.fromArchive = fromArchive;
    }

    /** The file of the submission named {@code fileName}, with digest {@code sha256}, for a partition to read. */
    public SubmissionFile fileOf(Path inbox, String fileName, String sha256) {
        if (!fromArchive) {
            Path file = inbox.resolve(fileName);
            return new SubmissionFile(fileName, () -> file, () -> { });
        }
        Path[] folder = new Path[1];
        return new SubmissionFile(fileName, () -> {
            folder[0] = workerFolder.newPartitionFolder();
            Path copy = folder[0].resolve(fileName);
            archive.copyTo(sha256, copy);
            return copy;
        }, () -> {
            if (folder[0] != null) {
                FileSystemUtils.deleteRecursively(folder[0]);
                folder[0] = null;
            }
        });
    }

    /** A submission's file as a partition sees it: fetched when its reader opens, released when it closes. */
    public record SubmissionFile(String name, Fetch fetch, Release release) {

        Path open() {
            try {
                return fetch.get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the archived submission '" + name + "' to a temporary file", e);
            }
        }

        void close() {
            try {
                release.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    public interface Fetch {
        Path get() throws IOException;
    }

    @FunctionalInterface
    public interface Release {
        void run() throws IOException;
    }
}
