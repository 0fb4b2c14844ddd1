package cn.qingdao.hrss.jiuye.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code -Xmx256m} no submission of the corpus makes the run fail or run out of
 * memory — the zip bomb, the million formatted rows and the 40,000-character cells included. The
 * run is the command line in a child JVM with that heap, on an H2 file database.
 */
class MemoryLimitTest {

    @TempDir
    Path root;

    @Test
    void theWholeCorpusRunsIn256MegabytesOfHeap() throws Exception {
        for (HostileCorpus corpus : List.of(HostileCorpus.partA(root), HostileCorpus.partB(root))) {
            Path work = root.resolve("work-" + corpus.inbox().getFileName());
            Path out = work.resolve("out");

            ChildJvm.Result result = ChildJvm.run(List.of("-Xmx256m"), work, "run", "--quarter", "2025Q1",
                    "--inbox", corpus.inbox().toString(), "--out", out.toString());

            assertThat(result.output()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
            assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
            Map<String, String> submissions = HostileCorpusTest.submissions(out);
            for (HostileCorpus.Case c : corpus.cases()) {
                assertThat(submissions.get(c.district())).as("%s: %s", c.district(), c.what())
                        .endsWith("," + c.status() + "," + String.join(";", new java.util.TreeSet<>(c.codes())));
            }
        }
    }
}
