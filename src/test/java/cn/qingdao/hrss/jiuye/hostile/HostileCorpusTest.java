package cn.qingdao.hrss.jiuye.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.qingdao.hrss.jiuye.check.FeedbackLines;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;

/**
 * Broken and hostile submissions end to end: one run over each part of the {@link HostileCorpus}. Every broken district is
 * REJECTED in submissions.csv with the expected codes, its feedback workbook says why in Chinese
 * (naming the file, and the sheet and column where they apply) and the log says it in English;
 * every good district is ACCEPTED and decided exactly as a run over the good files alone; the run
 * completes with exit code 3; the hostile row values get their field codes and are written as
 * text; nothing is written outside the output folder. Subclasses choose the database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class HostileCorpusTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");

    @Autowired
    QuarterRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    @Test
    void brokenFilesAreRefusedOneByOneWhileTheOtherDistrictsGoOn(CapturedOutput output) throws IOException {
        HostileCorpus corpus = HostileCorpus.partA(root);

        runAndCheck(corpus, output);

        assertThat(output.getOut()).contains("'370211_2025Q1.xlsx' refused (UNREADABLE_FILE): 370211_2025Q1.xlsx: "
                + "sheet 一次性创业补贴 cannot be read (its compressed content expands suspiciously far");
        assertThat(feedbackDetails("370211")).anySatisfy(line -> assertThat(line)
                .containsExactly("370211_2025Q1.xlsx", "一次性创业补贴", "", "", "UNREADABLE_FILE",
                        ReasonCode.UNREADABLE_FILE.messageZh(), "", "", "文件不予受理",
                        "文件“370211_2025Q1.xlsx”的工作表“一次性创业补贴”无法读取（压缩内容解压后异常膨胀，按压缩炸弹拒收）；"
                                + "请用办公软件另存为.xlsx格式后重新报送"));
        assertThat(feedbackDetails("370213")).anySatisfy(line -> assertThat(line.get(9))
                .isEqualTo("文件“370213_2025Q1.xlsx”设有打开密码；请取消密码（不加密另存）后重新报送"));
        assertThat(feedbackDetails("370214")).anySatisfy(line -> assertThat(line.get(9))
                .contains("不是Excel工作簿"));
        assertThat(feedbackDetails("370281")).anySatisfy(line -> assertThat(line.get(9)).contains("文件为空"));
        assertThat(feedbackDetails("370283")).extracting(line -> line.get(1)).contains(
                "填报信息", "一次性创业补贴", "吸纳就业社保补贴", "灵活就业社保补贴", "就业统计");
    }

    @Test
    void brokenContentIsRefusedWithTheSheetAndColumnNamed(CapturedOutput output) throws IOException {
        HostileCorpus corpus = HostileCorpus.partB(root);

        runAndCheck(corpus, output);

        assertThat(feedbackDetails("370202")).extracting(line -> line.get(9)).contains(
                "文件“370202_2025Q1.xlsx”缺少工作表“吸纳就业社保补贴”；请使用统一模板填报后重新报送",
                "文件“370202_2025Q1.xlsx”缺少工作表“就业统计”；请使用统一模板填报后重新报送");
        assertThat(feedbackDetails("370203")).extracting(line -> line.get(9)).contains(
                "工作表“一次性创业补贴”缺少列：身份证号（表头行须包含模板的全部列）；请使用统一模板填报后重新报送",
                "工作表“吸纳就业社保补贴”缺少列：补贴终止月（表头行须包含模板的全部列）；请使用统一模板填报后重新报送");
        assertThat(output.getOut()).contains("sheet 吸纳就业社保补贴: missing column(s) 补贴终止月");
        assertThat(feedbackDetails("370212")).anySatisfy(line -> assertThat(line.get(9))
                .isEqualTo("填报信息中的区市代码“370299”不在区市名录中；请填写本区市的6位区市代码（如370202）"));
        assertThat(feedbackDetails("370214")).anySatisfy(line -> assertThat(line.get(9))
                .isEqualTo("填报信息中的季度“2024年第四季度”不是本次处理的季度（2025年第1季度）；请核对后重新报送"));
        assertThat(feedbackDetails("370211")).extracting(line -> line.get(0))
                .contains("370211_2025Q1.xlsx", "370211_2025Q1 (2).xlsx");
        // the unattributed file and the link are reported in the log, on one line each
        assertThat(output.getOut()).contains("file 'unknown.xlsx' cannot be attributed to a district")
                .contains("'370285_2025Q1.xls' in the inbox is a symbolic link: links are not read");
        assertThat(output.getOut().lines()).noneMatch(l -> l.startsWith("(终稿)"));
        hostileRowsGetTheirFieldCodes(corpus.rows());
    }

    private void hostileRowsGetTheirFieldCodes(HostileRows.Layout rows) throws IOException {
        long submission = jdbc.queryForObject("""
                SELECT MAX(s.id) FROM submission s WHERE s.district_code = ? AND s.status = 'ACCEPTED'""",
                Long.class, HostileRows.DISTRICT);
        for (HostileRows.Expected e : rows.expected()) {
            assertThat(jdbc.queryForList("""
                    SELECT code FROM field_error WHERE submission_id = ? AND subsidy = ? AND row_number = ? AND column_letter = ?""",
                    String.class, submission, e.subsidy(), e.row(), e.column()))
                    .as("%s", e).contains(e.code());
        }
        Map<String, Object> formula = application(submission, "employer", rows.formulaAmountRow());
        assertThat((BigDecimal) formula.get("monthly_amount")).isEqualByComparingTo("480.96");
        assertThat(application(submission, "employer", rows.mergedFirstRow()).get("entity_name"))
                .isEqualTo(HostileRows.MERGED_EMPLOYER);
        assertThat(application(submission, "employer", rows.mergedFirstRow() + 1).get("entity_name"))
                .isEqualTo(HostileRows.MERGED_EMPLOYER);
        assertThat(application(submission, "employer", rows.hiddenRow())).isNotEmpty();
        assertThat((String) application(submission, "startup", rows.longTextRow()).get("name")).hasSize(200);
        assertThat(application(submission, "startup", rows.controlRow()).get("name")).isEqualTo("张三");
        // the statistics sheet is hidden: still read, and accepted
        assertThat(jdbc.queryForObject("SELECT stats_status FROM submission WHERE id = ?", String.class, submission))
                .isEqualTo("ACCEPTED");

        Path feedback = out().resolve("2025Q1/370283/feedback-370283-2025Q1.xlsx");
        List<Cell> values = new ArrayList<>();
        try (XSSFWorkbook wb = open(feedback)) {
            for (Row row : wb.getSheet("退回明细")) {
                Cell value = row.getCell(6);
                if (value != null && HostileRows.FORMULA_LIKE.contains(value.toString())) {
                    values.add(value);
                }
            }
            assertThat(values).extracting(Cell::getStringCellValue).containsAll(HostileRows.FORMULA_LIKE);
            assertThat(values).allSatisfy(c -> {
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            });
        }
    }

    private Map<String, Object> application(long submission, String subsidy, int row) {
        return jdbc.queryForMap("SELECT * FROM application WHERE submission_id = ? AND subsidy = ? AND row_number = ?",
                submission, subsidy, row).entrySet().stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()),
                        Map::putAll);
    }

    /** Runs the corpus, then its clean inbox, and checks what every part's cases have in common. */
    private void runAndCheck(HostileCorpus corpus, CapturedOutput output) throws IOException {
        Map<String, String> inboxBefore = listing(corpus.inbox());

        int exit = runner.run(Q1, corpus.inbox(), out());

        assertThat(exit).isEqualTo(QuarterRunner.REJECTIONS);
        Map<String, String> submissions = submissions(out());
        for (HostileCorpus.Case c : corpus.cases()) {
            String expected = c.status() + "," + String.join(";", new java.util.TreeSet<>(c.codes()));
            assertThat(submissions.get(c.district())).as("%s: %s", c.district(), c.what()).endsWith("," + expected);
            Path feedback = out().resolve("2025Q1/" + c.district() + "/feedback-" + c.district() + "-2025Q1.xlsx");
            if (c.status().equals(HostileCorpus.REJECTED)) {
                for (String code : c.codes()) {
                    assertThat(feedbackDetails(c.district())).as("%s: %s", c.district(), c.what())
                            .anySatisfy(line -> {
                                assertThat(c.file()).contains(line.get(0));
                                assertThat(line.get(4)).isEqualTo(code);
                                assertThat(line.get(5)).isEqualTo(ReasonCode.valueOf(code).messageZh());
                            });
                }
                if (!c.codes().contains("DUPLICATE_SUBMISSION")) {
                    assertThat(output.getOut()).as("%s: %s", c.district(), c.what())
                            .contains("'" + c.file() + "' refused (" + c.codes().iterator().next() + "): ");
                }
            }
            if (c.status().equals(HostileCorpus.MISSING)) {
                assertThat(feedback).doesNotExist();
            }
        }
        assertThat(listing(corpus.inbox())).as("the inbox is left as it was").isEqualTo(inboxBefore);
        assertOnlyOutputFolderWritten(corpus);
        assertNoFormulaInAnyOutputWorkbook();

        List<String> decisions = Files.readAllLines(out().resolve("2025Q1/decisions.csv"), StandardCharsets.UTF_8);
        Path cleanOut = root.resolve("clean-out");
        assertThat(runner.run(Q1, corpus.cleanInbox(), cleanOut)).isIn(QuarterRunner.OK, QuarterRunner.REJECTIONS);
        assertThat(decisions).as("the accepted districts are decided as without the broken files")
                .isEqualTo(Files.readAllLines(cleanOut.resolve("2025Q1/decisions.csv"), StandardCharsets.UTF_8));
    }

    /** Every file under the test's folder is in the inbox, the clean inbox, the link target or the output. */
    private void assertOnlyOutputFolderWritten(HostileCorpus corpus) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).map(root::relativize).map(Path::toString)
                    .filter(p -> !p.startsWith("inbox-") && !p.startsWith("clean-") && !p.startsWith("outside/")
                            && !p.startsWith("out/")))
                    .isEmpty();
        }
        assertThat(Path.of("/tmp/jiuye-evil")).doesNotExist();
        assertThat(Path.of("/tmp/evil")).doesNotExist();
        try (Stream<Path> out = Files.walk(out())) {
            assertThat(out.filter(Files::isRegularFile).map(out()::relativize).map(Path::toString))
                    .allMatch(p -> p.matches("2025Q1/((decisions|statistics|submissions)\\.csv|summary-2025Q1\\.xlsx"
                            + "|37\\d{4}/(feedback|payment-roster)-37\\d{4}-2025Q1\\.xlsx)"), "a known output file");
        }
    }

    /** Every cell of every workbook written is a value: a text that looks like a formula stays text. */
    private void assertNoFormulaInAnyOutputWorkbook() throws IOException {
        List<Path> workbooks;
        try (Stream<Path> all = Files.walk(out())) {
            workbooks = all.filter(p -> p.toString().endsWith(".xlsx")).toList();
        }
        assertThat(workbooks).hasSizeGreaterThan(5);
        for (Path file : workbooks) {
            try (XSSFWorkbook wb = open(file)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as("%s %s!%s", file.getFileName(), sheet.getSheetName(),
                                    cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        }
                    }
                }
            }
        }
    }

    Path out() {
        return root.resolve("out");
    }

    /** submissions.csv by district: the line after the district code. */
    static Map<String, String> submissions(Path out) throws IOException {
        Map<String, String> byDistrict = new TreeMap<>();
        List<String> lines = readCsvRecords(out.resolve("2025Q1/submissions.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            byDistrict.put(f[1], f[2]);
        }
        return byDistrict;
    }

    /** CSV records (a quoted field may hold a line break: a file name with a newline). */
    private static List<String> readCsvRecords(Path csv) throws IOException {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : Files.readString(csv, StandardCharsets.UTF_8).toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                records.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return records;
    }

    /** The lines of the feedback workbook's 退回明细 sheet below its header, as displayed texts. */
    List<List<String>> feedbackDetails(String district) throws IOException {
        return FeedbackLines.of(out().resolve("2025Q1/" + district + "/feedback-" + district + "-2025Q1.xlsx"));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.isSymbolicLink(p) ? "link"
                        : Files.isRegularFile(p) ? Long.toString(Files.size(p)) : "other");
            }
        }
        return files;
    }
}
