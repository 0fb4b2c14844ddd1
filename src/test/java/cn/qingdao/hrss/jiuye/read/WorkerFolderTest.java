package cn.qingdao.hrss.jiuye.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's temporary folder is named by its process, {@code pid@host}; a worker starting removes the folders
 * of the workers of its host that are gone (and one of its own id, left by an earlier process), never a live
 * worker's folder, another host's (a container sharing the temporary folder) nor anything else; stopping, it
 * removes its own.
 */
class WorkerFolderTest {

    private static final String HOST = "worker-host";

    @TempDir
    Path temp;

    @Test
    void removesTheFoldersOfWorkersOfItsHostThatAreGoneAndKeepsTheOthers() throws Exception {
        long gone = endedProcess();
        long alive = ProcessHandle.current().pid();
        Path left = copyIn(temp.resolve("jiuye-worker-" + gone + "@" + HOST));
        Path live = copyIn(temp.resolve("jiuye-worker-" + alive + "@" + HOST));
        Path earlier = copyIn(temp.resolve("jiuye-worker-4242@" + HOST));
        Path otherHost = copyIn(temp.resolve("jiuye-worker-" + gone + "@other-host"));
        Path other = Files.createDirectories(temp.resolve("jiuye-worker-tools"));
        Path file = Files.writeString(temp.resolve("jiuye-worker-" + gone + "@" + HOST + ".txt"), "not a folder");
        WorkerFolder folder = new WorkerFolder(temp, "4242@" + HOST);

        assertThat(folder.removeLeftovers()).containsExactlyInAnyOrder(left, earlier);

        assertThat(left).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(live.resolve("submission-1/370202_2025Q1.xlsx")).hasContent("workbook");
        assertThat(otherHost.resolve("submission-1/370202_2025Q1.xlsx")).hasContent("workbook");
        assertThat(other).isDirectory();
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void eachPartitionCopiesIntoAFolderOfItsOwnInsideTheWorkersFolderWhichTheWorkerRemovesWhenItStops() throws IOException {
        WorkerFolder folder = new WorkerFolder(temp, "4242@" + HOST);

        Path first = folder.newPartitionFolder();
        Path second = folder.newPartitionFolder();

        assertThat(folder.path()).isEqualTo(temp.resolve("jiuye-worker-4242@" + HOST));
        assertThat(first.getParent()).isEqualTo(folder.path());
        assertThat(second.getParent()).isEqualTo(folder.path());
        assertThat(first).isNotEqualTo(second);
        Files.writeString(first.resolve("370202_2025Q1.xlsx"), "workbook");
        folder.remove();
        assertThat(folder.path()).doesNotExist();
    }

    @Test
    void aMissingTemporaryFolderHasNoLeftovers() {
        assertThat(new WorkerFolder(temp.resolve("absent"), "4242@" + HOST).removeLeftovers()).isEmpty();
    }

    private static Path copyIn(Path workerFolder) throws IOException {
        Path partition = Files.createDirectories(workerFolder.resolve("submission-1"));
        Files.writeString(partition.resolve("370202_2025Q1.xlsx"), "workbook");
        return workerFolder;
    }

    /** The id of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
