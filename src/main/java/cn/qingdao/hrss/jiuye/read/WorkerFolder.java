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
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * A worker process's temporary folder, {@code jiuye-worker-<pid>@<host>} in the machine's temporary folder
 * ({@code java.io.tmpdir}): each partition it reads copies its archived workbook into a folder of its own in
 * there ({@link SubmissionFiles}) and removes it when the partition closes its reader; the worker removes the
 * whole folder when it stops. A worker that was killed leaves its folder behind, named by its process: the next
 * worker started on the machine removes the folders of the processes of its host that are no longer alive. The
 * host in the name keeps apart containers that share a temporary folder, whose process ids mean nothing to
 * each other.
 */
@Component
public class WorkerFolder {

    static final String PREFIX = "jiuye-worker-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)@(.+)");

    private final Path root;
    private final long pid;
    private final String host;

    /** In the temporary folder of the JVM (a system property, which the pre-check's private application does not see). */
    public WorkerFolder() {
        this(Path.of(System.getProperty("java.io.tmpdir")), ReadingProcess.thisProcess());
    }

    /** @param process this process, {@code pid@host} */
    WorkerFolder(Path root, String process) {
        this.root = root;
        int at = process.indexOf('@');
        this.pid = Long.parseLong(process.substring(0, at));
        this.host = process.substring(at + 1);
    }

    /** This process's folder (it exists once a partition has copied a file). */
    public Path path() {
        return root.resolve(PREFIX + pid + "@" + host);
    }

    /** A new, empty folder for one partition's copy of its file. */
    Path newPartitionFolder() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(path()), "submission-");
    }

    /**
     * Removes the folders of workers of this host whose process is no longer alive, and a folder of this
     * process's id left by an earlier process; returns the folders removed.
     */
    public List<Path> removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Matcher name = NAME.matcher(folder.getFileName().toString());
                if (name.matches() && name.group(2).equals(host) && gone(Long.parseLong(name.group(1))) && delete(folder)) {
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
