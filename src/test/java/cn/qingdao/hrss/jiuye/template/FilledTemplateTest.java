package cn.qingdao.hrss.jiuye.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.run.QuarterRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A template filled in with valid rows is accepted by the run unchanged: the rows of the sample quarter,
 * copied cell by cell into the ten districts' templates, are decided exactly as in the sample files, and
 * their statistics (months typed in, totals computed by the formulas) aggregate to the same figures;
 * a template filled in and then opened and saved by LibreOffice, as .xlsx and as .xls, too.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:filled-template;DB_CLOSE_DELAY=-1")
class FilledTemplateTest {

    static final Quarter Q1 = Quarter.parse("2025Q1");
    static final Path SAMPLE = Path.of("data/inbox/2025Q1");

    @Autowired
    QuarterRunner runner;

    @TempDir
    Path root;

    @Test
    void theSampleQuarterCopiedIntoTheTemplatesIsAcceptedAndDecidedAsTheSampleFiles() throws Exception {
        Path sampleOut = root.resolve("sample-out");
        assertThat(runner.run(Q1, SAMPLE, sampleOut)).isEqualTo(QuarterRunner.OK);
        Path inbox = Files.createDirectories(root.resolve("templates"));
        Map<String, Map<Integer, FilledTemplate.Moved>> moved = new HashMap<>();
        for (Path file : sampleFiles()) {
            String district = file.getFileName().toString().substring(0, 6);
            Map<Integer, FilledTemplate.Moved> rows = new HashMap<>();
            FilledTemplate.fill(file, Q1, district, inbox, (s, r) -> true, true, rows);
            moved.put(district, rows);
        }
        Path out = root.resolve("template-out");

        int exit = runner.run(Q1, inbox, out);

        assertThat(exit).isEqualTo(QuarterRunner.OK);
        assertThat(lines(out.resolve("2025Q1/submissions.csv")).subList(1, 11))
                .allSatisfy(l -> assertThat(l).matches("2025Q1,(37\\d{4}),\\1_2025Q1\\.xlsx,[0-9a-f]{64},ACCEPTED,"));
        assertThat(lines(out.resolve("2025Q1/statistics.csv"))).isEqualTo(lines(sampleOut.resolve("2025Q1/statistics.csv")));
        assertThat(inSourceRows(lines(out.resolve("2025Q1/decisions.csv")), moved))
                .isEqualTo(lines(sampleOut.resolve("2025Q1/decisions.csv")));
    }

    @Test
    void aTemplateFilledInThenSavedByLibreOfficeIsReadWithTheTotalsLibreOfficeComputed() throws Exception {
        assumeTrue(LibreOffice.program() != null, LibreOffice.missing());
        Path sampleInbox = Files.createDirectories(root.resolve("sample"));
        Files.copy(SAMPLE.resolve("370202_2025Q1.xlsx"), sampleInbox.resolve("370202_2025Q1.xlsx"));
        Path sampleOut = root.resolve("sample-out");
        assertThat(runner.run(Q1, sampleInbox, sampleOut)).isEqualTo(QuarterRunner.OK);
        // the months typed in, the totals left to the office suite: formulas without a value
        Map<Integer, FilledTemplate.Moved> rows = new HashMap<>();
        Path filled = FilledTemplate.fill(SAMPLE.resolve("370202_2025Q1.xlsx"), Q1, "370202",
                Files.createDirectories(root.resolve("filled")), (s, r) -> true, false, rows);

        for (String format : List.of("xlsx", "xls")) {
            Path saved = LibreOffice.convert(filled, format, root.resolve("libreoffice-" + format), root.resolve("profile"));
            Path inbox = Files.createDirectories(root.resolve("inbox-" + format));
            Files.copy(saved, inbox.resolve(saved.getFileName()));
            Path out = root.resolve("out-" + format);

            int exit = runner.run(Q1, inbox, out);

            assertThat(exit).as(format).isEqualTo(QuarterRunner.OK);
            assertThat(district(lines(out.resolve("2025Q1/statistics.csv")), "370202")).as(format)
                    .isEqualTo(district(lines(sampleOut.resolve("2025Q1/statistics.csv")), "370202"))
                    .anyMatch(l -> l.startsWith("2025Q1,370202,new_urban_employment,") && !l.contains(",,"));
            assertThat(inSourceRows(lines(out.resolve("2025Q1/decisions.csv")), Map.of("370202", rows))).as(format)
                    .isEqualTo(lines(sampleOut.resolve("2025Q1/decisions.csv")));
        }
        // LibreOffice keeps the drop-down lists and checks of the template
        Path saved = root.resolve("libreoffice-xlsx/370202_2025Q1.xlsx");
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("一次性创业补贴").getDataValidations())
                    .filteredOn(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                    .hasSize(4);
        }
    }

    @Test
    void theBlankTemplateOpensInLibreOfficeAndIsReadBackAsWritten() throws Exception {
        assumeTrue(LibreOffice.program() != null, LibreOffice.missing());
        Path blank = DistrictTemplate.write(Q1, "370203", DistrictTemplateTest.REGISTRY, root.resolve("blank"));

        Path saved = LibreOffice.convert(blank, "xlsx", root.resolve("libreoffice"), root.resolve("profile"));

        try (InputStream a = Files.newInputStream(blank); XSSFWorkbook written = new XSSFWorkbook(a);
             InputStream b = Files.newInputStream(saved); XSSFWorkbook read = new XSSFWorkbook(b)) {
            for (int s = 0; s < written.getNumberOfSheets(); s++) {
                assertThat(read.getSheetAt(s).getSheetName()).isEqualTo(written.getSheetAt(s).getSheetName());
                assertThat(DistrictTemplateTest.texts(read.getSheetAt(s).getRow(1)))
                        .isEqualTo(DistrictTemplateTest.texts(written.getSheetAt(s).getRow(1)));
            }
            assertThat(read.getSheet("就业统计").getRow(2).getCell(4).getCellFormula()).isEqualTo("SUM(B3:D3)");
        }
        // as a submission, the blank template is accepted with no rows; its statistics are all missing
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.copy(saved, inbox.resolve(saved.getFileName()));
        assertThat(runner.run(Q1, inbox, root.resolve("out"))).isEqualTo(QuarterRunner.OK);
        assertThat(lines(root.resolve("out/2025Q1/submissions.csv")))
                .anySatisfy(l -> assertThat(l).startsWith("2025Q1,370203,370203_2025Q1.xlsx,").endsWith(",ACCEPTED,INVALID_NUMBER"));
    }

    /** decisions.csv lines with each template row number replaced by the row it was copied from. */
    private static List<String> inSourceRows(List<String> decisions, Map<String, Map<Integer, FilledTemplate.Moved>> moved) {
        Map<String, Integer> source = new HashMap<>();
        moved.forEach((district, rows) -> rows.values().forEach(m ->
                source.put(district + "," + m.subsidy().code() + "," + m.templateRow(), m.sourceRow())));
        List<String> mapped = new ArrayList<>();
        mapped.add(decisions.get(0));
        for (String line : decisions.subList(1, decisions.size())) {
            String[] f = line.split(",", 5);
            Integer row = source.get(f[1] + "," + f[2] + "," + f[3]);
            assertThat(row).as("a decision for a copied row: %s", line).isNotNull();
            mapped.add(f[0] + "," + f[1] + "," + f[2] + "," + row + "," + f[4]);
        }
        return mapped;
    }

    private static List<String> district(List<String> statistics, String district) {
        return statistics.stream().filter(l -> l.startsWith("2025Q1," + district + ",")).toList();
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{6}_2025Q1\\.xlsx?")).sorted().toList();
        }
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
