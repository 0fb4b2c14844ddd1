package cn.qingdao.hrss.jiuye.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data: the sample quarter 2025Q1 run as an operator runs it (a child JVM, every
 * line it prints captured), then every ID number and every name of the quarter — read back from
 * the {@code application} table — is searched for in that output and in every cell of the summary
 * workbook. None may appear. The hostile corpus's part B (refused files, hostile names and rows) is
 * run the same way and searched too.
 */
class PersonalDataTest {

    @TempDir
    Path root;

    @Test
    void noIdNumberOrNameOfTheSampleQuarterIsLoggedOrPublished() throws Exception {
        Path out = root.resolve("out");

        ChildJvm.Result result = ChildJvm.run(List.of(), root, "run", "--quarter", "2025Q1",
                "--inbox", "data/inbox/2025Q1", "--out", out.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertNoPersonalData(result, out);
    }

    @Test
    void noIdNumberOrNameOfTheHostileCorpusIsLoggedOrPublished() throws Exception {
        HostileCorpus corpus = HostileCorpus.partB(root);
        Path out = root.resolve("out");

        ChildJvm.Result result = ChildJvm.run(List.of(), root, "run", "--quarter", "2025Q1",
                "--inbox", corpus.inbox().toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertNoPersonalData(result, out);
    }

    private void assertNoPersonalData(ChildJvm.Result result, Path out) throws Exception {
        Set<String> ids = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + root.resolve("db/jiuye").toAbsolutePath(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number, name FROM application")) {
            while (rs.next()) {
                add(ids, rs.getString(1));
                add(names, rs.getString(2));
            }
        }
        assertThat(ids).hasSizeGreaterThan(1000);
        assertThat(names).hasSizeGreaterThan(500);
        List<String> summary = summaryCells(out.resolve("2025Q1/summary-2025Q1.xlsx"));
        assertThat(summary).hasSizeGreaterThan(200);

        for (String id : ids) {
            assertThat(result.output()).as("the log").doesNotContain(id);
            assertThat(summary).as("the summary workbook").noneMatch(cell -> cell.contains(id));
        }
        for (String name : names) {
            assertThat(result.output().lines().filter(l -> l.contains(name)).toList()).as("log lines with " + name).isEmpty();
            assertThat(summary).as("the summary workbook").noneMatch(cell -> cell.contains(name));
        }
    }

    /** Values worth searching for: at least two characters (a one-character "name" is just a character). */
    private static void add(Set<String> values, String value) {
        if (value != null && value.strip().length() >= 2) {
            values.add(value.strip());
        }
    }

    private static List<String> summaryCells(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                cells.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
