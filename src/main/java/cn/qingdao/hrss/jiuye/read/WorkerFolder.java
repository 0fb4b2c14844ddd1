package cn.qingdao.hrss.jiuye.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * A worker process's temporary folder, {@code jiuye-worker-<pid>} in the machine's temporary folder
 * ({@code java.io.tmpdir}): each partition it reads copies its archived workbook into a folder of its own in
 * there ({@link SubmissionFiles}) and removes it when the partition closes its reader; the worker removes the
 * whole folder when it stops. A worker that was killed leaves its folder behind, named by its process id: the next
 * worker started on the machine removes the folders of the processes that are no longer alive.
 */
@Component
public class WorkerFolder {

    static final String PREFIX = "jiuye-worker-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");

    private final Path root;
    private final long pid;

    @Autowired
    public WorkerFolder(@Value("${java.io.tmpdir}") String root) {
        this(Path.of(root), ProcessHandle.current().pid());
    }

    WorkerFolder(Path root, long pid) {
        this.root = root;
        this.pid = pid;
    }

    /** This process's folder (it exists once a partition has copied a file). */
    public Path path() {
        return root.resolve(PREFIX + pid);
    }

    /** A new, empty folder for one partition's copy of its file. */
    Path newPartitionFolder() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(path()), "submission-");
    }

    /**
     * Removes the folders of workers of this machine whose process is no longer alive, and a folder of this
     * process's id left by an earlier process; returns the folders removed.
     */
    public List<Path> removeLeftovers() {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Matcher name = NAME.matcher(folder.getFileName().toString());
                if (name.matches() && gone(Long.parseLong(name.group(1))) && delete(folder)) {
                    removed.add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the temporary folder " + root, e);
        }
        return removed;
    }

    /** Removes this process's folder, when it stops. */
    public void remove() {
        delete(path());
    }

    private boolean gone(long other) {
        return other == pid || ProcessHandle.of(other).map(p -> !p.isAlive()).orElse(true);
    }

    private static boolean delete(Path folder) {
        try {
            return FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + folder, e);
        }
    }
}
