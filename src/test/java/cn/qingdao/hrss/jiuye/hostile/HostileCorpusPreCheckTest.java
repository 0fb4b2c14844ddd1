package cn.qingdao.hrss.jiuye.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.check.CheckProcess;
import cn.qingdao.hrss.jiuye.check.FeedbackLines;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pre-check of every file of the {@link HostileCorpus}, each alone, against what the city's run of the
 * whole corpus said about it: a refused file is refused for the same reasons, on the same sheets, with the
 * same Chinese details; an accepted file gets the same row lines (those needing no history); a file the run
 * does not read (a link, an office lock file, a hidden file) is said not to be read; a file of no district
 * gets the run's reasons in a workbook of its own; each of two files for one district is checked on its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-precheck;DB_CLOSE_DELAY=-1")
class HostileCorpusPreCheckTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");

    @Autowired
    QuarterRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    @Test
    void brokenFilesArePreCheckedAsTheRunJudgedThem() throws Exception {
        checkEveryFileAgainstTheRun(HostileCorpus.partA(root));
    }

    @Test
    void brokenContentHostileNamesAndHostileRowsArePreCheckedAsTheRunJudgedThem() throws Exception {
        checkEveryFileAgainstTheRun(HostileCorpus.partB(root));
    }

    private void checkEveryFileAgainstTheRun(HostileCorpus corpus) throws Exception {
        Path out = root.resolve("out");
        assertThat(runner.run(Q1, corpus.inbox(), out)).isEqualTo(QuarterRunner.REJECTIONS);
        List<Path> entries;
        try (Stream<Path> all = Files.list(corpus.inbox())) {
            entries = all.sorted().toList();
        }
        List<Map.Entry<String, Path>> files = entries.stream().map(f -> Map.entry(Q1.toString(), f)).toList();
        Path checks = root.resolve("checks");

        CheckProcess.Result batch = CheckProcess.batch(checks, files);

        int compared = 0;
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            String name = entry.getFileName().toString();
            List<Path> written = written(checks.resolve(Integer.toString(i)));
            if (name.startsWith(".") || name.startsWith("~$") || Files.isSymbolicLink(entry)) {
                assertThat(CheckProcess.exitOf(batch, i)).as(name).isEqualTo(3);
                assertThat(written).as(name).isEmpty();
                continue;
            }
            assertThat(written).as(name).hasSize(1);
            List<List<String>> pre = FeedbackLines.of(written.get(0));
            HostileCorpus.Case c = corpus.cases().stream().filter(k -> k.file().contains(name)).findFirst().orElse(null);
            if (c == null) { // unknown.xlsx: no district, so no feedback workbook in the run; its errors are in the database
                assertThat(written.get(0).getFileName().toString()).isEqualTo("precheck-unknown-2025Q1.xlsx");
                assertThat(pre).extracting(l -> List.of(l.get(1), l.get(4), l.get(9))).isEqualTo(storedErrors(name));
                assertThat(CheckProcess.exitOf(batch, i)).isEqualTo(3);
                compared++;
                continue;
            }
            assertThat(written.get(0).getFileName().toString()).isEqualTo("precheck-" + c.district() + "-2025Q1.xlsx");
            if (c.codes().contains("DUPLICATE_SUBMISSION")) { // alone, a copy of a good file: read like any other
                assertThat(pre).as(name).noneMatch(l -> l.get(4).equals("DUPLICATE_SUBMISSION"))
                        .noneMatch(l -> "文件不予受理".equals(l.get(8)));
                continue;
            }
            // the district's only file in the run (the duplicates are above)
            List<List<String>> run = FeedbackLines.of(out.resolve("2025Q1/" + c.district() + "/feedback-" + c.district()
                    + "-2025Q1.xlsx"));
            assertThat(FeedbackLines.withoutHistory(pre)).as("%s: %s", c.district(), c.what())
                    .isEqualTo(FeedbackLines.withoutHistory(run));
            assertThat(CheckProcess.exitOf(batch, i)).as(name).isEqualTo(pre.equals(List.of(nothing())) ? 0 : 3);
            compared++;
        }
        assertThat(compared).as("files compared with the run").isGreaterThanOrEqualTo(8);
        assertThat(batch.output()).doesNotContain("Exception");
    }

    /** 工作表, 代码, 补充说明 of the errors the run stored for a file it could not attribute to a district. */
    private List<List<String>> storedErrors(String fileName) {
        return jdbc.query("""
                SELECT e.sheet, e.code, e.message_zh FROM submission_error e JOIN submission s ON s.id = e.submission_id
                WHERE s.file_name = ? ORDER BY e.seq""", (rs, n) -> List.of(rs.getString(1), rs.getString(2),
                rs.getString(3)), fileName);
    }

    private static List<String> nothing() {
        return List.of("无退回事项", "", "", "", "", "", "", "", "", "");
    }

    private static List<Path> written(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.toList());
        }
    }
}
