package cn.qingdao.hrss.jiuye.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code check}: its command line, its summary, and the city's database it never touches. */
@ExtendWith(OutputCaptureExtension.class)
class CheckCommandTest {

    static final Path SAMPLE = Path.of("data/inbox/2025Q1");

    @TempDir
    Path dir;

    @Test
    void neverTouchesTheCitysDatabaseWhereverItIsConfigured() throws Exception {
        Path clerk = Files.createDirectories(dir.resolve("clerk"));
        Files.copy(SAMPLE.resolve("370202_2025Q1.xlsx"), clerk.resolve("370202_2025Q1.xlsx"));
        // the city's database, configured four ways: an application.properties in the current folder, an
        // environment variable, a Java system property and a command-line option; the first exists already
        Files.writeString(clerk.resolve("application.properties"), "spring.datasource.url=jdbc:h2:file:./city-props\n");
        String city = "jdbc:h2:file:" + dir.resolve("city-env").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(city, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE decision (id INT PRIMARY KEY)");
            s.execute("INSERT INTO decision VALUES (1)");
        }
        String before = sha256(dir.resolve("city-env.mv.db"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        CheckProcess.Result result = CheckProcess.main(clerk, Map.of("SPRING_DATASOURCE_URL", city),
                List.of("-Djava.io.tmpdir=" + tmp, "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("city-sysprop")),
                "check", "370202_2025Q1.xlsx", "--quarter", "2025Q1",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("city-arg"));

        assertThat(result.exit()).as(result.output()).isEqualTo(3);
        assertThat(sha256(dir.resolve("city-env.mv.db"))).as("the existing database, unchanged").isEqualTo(before);
        assertThat(clerk.resolve("city-props.mv.db")).doesNotExist();
        assertThat(dir.resolve("city-sysprop.mv.db")).doesNotExist();
        assertThat(dir.resolve("city-arg.mv.db")).doesNotExist();
        assertThat(clerk.resolve("var")).doesNotExist();
        try (Stream<Path> left = Files.walk(tmp)) {
            // the work folder and its database are deleted; POI leaves its own (empty) folder for temporary files
            assertThat(left.filter(p -> !p.equals(tmp)).map(p -> tmp.relativize(p).toString())).as("left in the temporary folder")
                    .isSubsetOf("poifiles");
        }
        assertThat(result.output()).contains("note: check uses a private temporary database and the rules built into this "
                + "program; ignored: --spring.datasource.url");
        try (Stream<Path> files = Files.list(clerk)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("370202_2025Q1.xlsx", "application.properties", "precheck");
        }
        assertThat(clerk.resolve("precheck/precheck-370202-2025Q1.xlsx")).isRegularFile();
        assertThat(result.output()).contains("预检 Pre-check 2025Q1: 370202_2025Q1.xlsx", "区市 District: 市南区（370202）",
                "结论 Verdict: 可以受理，但有问题需要更正或确认（见下）",
                "就业统计 Statistics: 可以采用 / accepted",
                "一次性创业补贴 startup       93 行 rows: 核准 approved 85，部分核准 partial 0，不予核准 refused 8",
                "  ID_STORED_AS_NUMBER                  4  身份证号以数值格式保存",
                "  - 以前季度或其他区市已发放过的月份 / months already paid in earlier quarters or to rows of other districts "
                        + "(MONTH_ALREADY_PAID)",
                "明细 Details: " + clerk.toAbsolutePath().resolve("precheck/precheck-370202-2025Q1.xlsx"));
    }

    @Test
    void aFileForAnotherQuarterWouldBeRefusedAsAWholeAndADistrictNamedTwiceIsPointedOut() throws Exception {
        Path out = dir.resolve("out");
        // 370213's workbook under 370203's name: the run takes it as 370213's, by its cover
        Path file = Files.copy(SAMPLE.resolve("370213_2025Q1.xls"), dir.resolve("370203_2025Q1.xls"));

        CheckProcess.Result result = CheckProcess.main(Path.of("").toAbsolutePath(), Map.of(), List.of(),
                "check", file.toString(), "--quarter", "2025Q2", "--out", out.toString());

        assertThat(result.exit()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("区市 District: 李沧区（370213）",
                "  注意：文件名中的区市代码是370203，填报信息中的是370213；正式处理按填报信息认定为370213的文件 / note: the file "
                        + "name says 370203, the cover says 370213; the run takes the file as 370213's",
                "结论 Verdict: 不予受理，整个文件将被退回 / would be refused: the whole file is sent back",
                "  QUARTER_MISMATCH  填报信息中的季度“2025Q1”不是本次处理的季度（2025年第2季度）；请核对后重新报送",
                "                    季度 '2025Q1' is not the quarter being run, 2025Q2")
                .doesNotContain("申请 Applications:");
        assertThat(FeedbackLines.of(out.resolve("precheck-370213-2025Q2.xlsx")))
                .extracting(l -> List.of(l.get(1), l.get(4), l.get(8)))
                .containsExactly(List.of("填报信息", "QUARTER_MISMATCH", "文件不予受理"));
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes(CapturedOutput output) {
        int exit = Main.execute("check", "--help");

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("Usage: jiuye-pipeline check", "FILE", "--quarter", "--out",
                "报送前自查一个区市文件", "3   the file would be refused, or some of its rows, months or statistics");
    }

    @Test
    void aMissingFileIsAUsageError(CapturedOutput output) {
        int exit = Main.execute("check", dir.resolve("nowhere.xlsx").toString(), "--quarter", "2025Q1");

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("nowhere.xlsx is not a file");
    }

    @Test
    void theQuarterIsRequired(CapturedOutput output) {
        int exit = Main.execute("check", SAMPLE.resolve("370202_2025Q1.xlsx").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("Missing required option: '--quarter");
    }

    @Test
    void anOfficeLockFileOrALinkIsNotReadByTheRunAndSoNotChecked(CapturedOutput output) throws Exception {
        Path lock = Files.writeString(dir.resolve("~$370202_2025Q1.xlsx"), "lock");
        Path link = Files.createSymbolicLink(dir.resolve("370202_2025Q1.xlsx"),
                SAMPLE.resolve("370202_2025Q1.xlsx").toAbsolutePath());

        assertThat(Main.execute("check", lock.toString(), "--quarter", "2025Q1")).isEqualTo(3);
        assertThat(Main.execute("check", link.toString(), "--quarter", "2025Q1")).isEqualTo(3);

        assertThat(output.getOut()).contains("would not be read: a name starting with '.' or '~$' is a hidden file or an office "
                + "lock file", "would not be read: this is a symbolic link");
        assertThat(dir.resolve("precheck")).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
