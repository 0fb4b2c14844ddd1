package cn.qingdao.hrss.jiuye.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import cn.qingdao.hrss.jiuye.template.FilledTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pre-check of every file of the sample quarters says what the city's run says about it, except
 * what needs other quarters or districts: the quarters are run as the city runs them (2025Q1, then
 * 2025Q2 with Q1 as history), each file is pre-checked alone, and every line of the run's feedback that
 * does not depend on history is in the pre-check's feedback, with the same sheet, row, column, code,
 * message, value and month, and nothing else is.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-precheck;DB_CLOSE_DELAY=-1")
class SampleQuartersPreCheckTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");
    static final Quarter Q2 = Quarter.parse("2025Q2");

    @Autowired
    QuarterRunner runner;

    @TempDir
    Path root;

    @Test
    void everyProblemTheRunFindsWithoutHistoryIsFoundByThePreCheckAndNothingElse() throws Exception {
        Path out = root.resolve("city");
        assertThat(runner.run(Q1, Path.of("data/inbox/2025Q1"), out)).isEqualTo(QuarterRunner.OK);
        assertThat(runner.run(Q2, Path.of("data/inbox/2025Q2"), out)).isEqualTo(QuarterRunner.OK);
        List<Map.Entry<String, Path>> files = new ArrayList<>();
        for (Quarter q : List.of(Q1, Q2)) {
            for (Path f : sampleFiles(q)) {
                files.add(Map.entry(q.toString(), f));
            }
        }
        // a file of nothing but rows the run approved: nothing to correct
        Path clean = Files.createDirectories(root.resolve("clean"));
        Set<Integer> approved = approvedRows(out.resolve("2025Q1/decisions.csv"), "370202");
        FilledTemplate.fill(Path.of("data/inbox/2025Q1/370202_2025Q1.xlsx"), Q1, "370202", clean,
                (s, r) -> approved.contains(FilledTemplate.key(s, r)), true, null);
        files.add(Map.entry(Q1.toString(), clean.resolve("370202_2025Q1.xlsx")));
        Path checks = root.resolve("checks");

        CheckProcess.Result batch = CheckProcess.batch(checks, files);

        Set<String> historyInRun = new HashSet<>();
        for (int i = 0; i < files.size() - 1; i++) {
            String quarter = files.get(i).getKey();
            String district = files.get(i).getValue().getFileName().toString().substring(0, 6);
            Path run = out.resolve(quarter + "/" + district + "/feedback-" + district + "-" + quarter + ".xlsx");
            Path pre = checks.resolve(i + "/precheck-" + district + "-" + quarter + ".xlsx");
            List<List<String>> runLines = FeedbackLines.of(run);
            List<List<String>> preLines = FeedbackLines.of(pre);

            assertThat(CheckProcess.exitOf(batch, i)).as("%s %s", quarter, district).isEqualTo(3);
            assertThat(FeedbackLines.withoutHistory(preLines)).as("%s %s", quarter, district)
                    .isEqualTo(FeedbackLines.withoutHistory(runLines));
            assertThat(preLines).as("%s %s: no earlier quarter in a pre-check", quarter, district)
                    .noneMatch(l -> l.get(4).equals("ALREADY_SUBSIDISED"));
            runLines.forEach(l -> historyInRun.add(quarter + " " + l.get(4)));
            if (quarter.equals("2025Q1") && district.equals("370202")) {
                // the first district of the first quarter has no history in the run either: the very same lines
                assertThat(preLines).isEqualTo(runLines);
            }
            assertThat(FeedbackLines.title(pre, "退回明细")).endsWith("退回明细（报送前预检）");
        }
        // the run's feedback did depend on history, which the pre-check could not see
        assertThat(historyInRun).contains("2025Q2 ALREADY_SUBSIDISED", "2025Q2 MONTH_ALREADY_PAID",
                "2025Q1 DUPLICATE_APPLICATION");

        int last = files.size() - 1;
        assertThat(CheckProcess.exitOf(batch, last)).isZero();
        Path cleanFeedback = checks.resolve(last + "/precheck-370202-2025Q1.xlsx");
        assertThat(FeedbackLines.of(cleanFeedback)).extracting(l -> l.get(0)).containsExactly("无退回事项");
        assertThat(FeedbackLines.firstColumn(cleanFeedback, "汇总")).contains(
                "本表是报送前的预检结果，由区市自行运行检查程序生成，不是市局的正式处理结果，不作为发放依据。");
        assertThat(batch.output()).contains("结论 Verdict: 可以受理，没有不予核准的行 / would be accepted, with no row refused",
                "未能检查（需要市局以前季度和其他区市的记录）");
    }

    /** The rows of a district the run approved, as {@link FilledTemplate#key} of subsidy and row. */
    private static Set<Integer> approvedRows(Path decisions, String district) throws Exception {
        Set<Integer> rows = new HashSet<>();
        for (String line : Files.readAllLines(decisions, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f[1].equals(district) && f[6].equals("APPROVED")) {
                rows.add(FilledTemplate.key(Subsidy.fromCode(f[2]), Integer.parseInt(f[3])));
            }
        }
        return rows;
    }

    private static List<Path> sampleFiles(Quarter q) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/inbox").resolve(q.toString()))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{6}_" + q + "\\.xlsx?")).sorted().toList();
        }
    }
}
