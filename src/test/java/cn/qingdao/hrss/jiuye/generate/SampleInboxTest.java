package cn.qingdao.hrss.jiuye.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInboxTest {

    private static final List<String> CODES = List.of("370202", "370203", "370211", "370212", "370213", "370214",
            "370215", "370281", "370283", "370285");

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    @BeforeAll
    static void generateTwice() throws IOException {
        for (Path root : List.of(first, second)) {
            Path registry = root.resolve("data/reference/districts.csv");
            Files.createDirectories(registry.getParent());
            Files.copy(Path.of("data/reference/districts.csv"), registry);
            SampleInbox.write(root.resolve("data"));
        }
    }

    @Test
    void writesTenDistrictsPerQuarterThreeOfThemAsLegacyXls() throws IOException {
        for (String q : List.of("2025Q1", "2025Q2")) {
            List<String> names = files(first.resolve("data/inbox/" + q)).stream().map(p -> p.getFileName().toString())
                    .toList();
            assertThat(names).hasSize(10);
            assertThat(names).filteredOn(n -> n.endsWith(".xls"))
                    .containsExactlyInAnyOrder("370213_" + q + ".xls", "370283_" + q + ".xls", "370285_" + q + ".xls");
            for (String code : CODES) {
                assertThat(names).anyMatch(n -> n.startsWith(code + "_" + q + "."));
            }
        }
    }

    @Test
    void twoRunsGiveIdenticalCellContents() throws IOException {
        for (String q : List.of("2025Q1", "2025Q2")) {
            List<Path> a = files(first.resolve("data/inbox/" + q));
            List<Path> b = files(second.resolve("data/inbox/" + q));
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).getFileName()).isEqualTo(a.get(i).getFileName());
                assertThat(WorkbookDump.cells(b.get(i))).isEqualTo(WorkbookDump.cells(a.get(i)));
                assertThat(Files.mismatch(a.get(i), b.get(i))).as("byte-identical " + a.get(i).getFileName())
                        .isEqualTo(-1L);
            }
        }
        assertThat(Files.readString(second.resolve("data/reference/statistics-baseline.csv")))
                .isEqualTo(Files.readString(first.resolve("data/reference/statistics-baseline.csv")));
        assertThat(Files.readString(second.resolve("data/inbox/README.md")))
                .isEqualTo(Files.readString(first.resolve("data/inbox/README.md")));
    }

    /**
     * The committed sample data is what the generator writes today: every workbook of data/inbox/2025Q1 and
     * 2025Q2, data/inbox/README.md and the statistics baseline, byte for byte, and no other workbook.
     */
    @Test
    void committedSamplesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("data");
        Path generated = first.resolve("data");
        List<String> drifted = new ArrayList<>();
        List<Path> written;
        try (Stream<Path> walk = Files.walk(generated)) {
            written = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : written) {
            Path relative = generated.relativize(file);
            Path mine = committed.resolve(relative);
            if (!Files.exists(mine)) {
                drifted.add("data/" + relative + " is written by the generator but not in the repository");
            } else if (Files.mismatch(file, mine) != -1L) {
                drifted.add("data/" + relative + " differs from what the generator writes");
            }
        }
        for (String q : List.of("2025Q1", "2025Q2")) {
            for (Path file : files(committed.resolve("inbox/" + q))) {
                if (!Files.exists(generated.resolve("inbox/" + q).resolve(file.getFileName()))) {
                    drifted.add("data/inbox/" + q + "/" + file.getFileName() + " is in the repository but the generator "
                            + "does not write it");
                }
            }
        }
        assertThat(written).hasSize(23);
        assertThat(drifted).withFailMessage("The committed sample data has drifted from generate.SampleInbox:%n  %s%n"
                + "Regenerate it in the project folder with%n%s(and commit the result), or fix the generator.",
                String.join("%n  ".formatted(), drifted), SampleInbox.REGENERATE).isEmpty();
    }

    @Test
    void firstQuarterStatisticsSumToTheCityFiguresOfTheReferenceQuarter() throws IOException {
        Map<Indicator, Long> city = cityTotals("2025Q1");
        assertThat(city.get(Indicator.NEW_URBAN_EMPLOYMENT)).isEqualTo(78_300);
        assertThat(city.get(Indicator.REEMPLOYMENT)).isEqualTo(30_500);
        assertThat(city.get(Indicator.JOB_POSTINGS)).isEqualTo(121_386).isGreaterThan(120_000);
        assertThat(city).hasSize(7);
        assertThat(cityTotals("2025Q2").get(Indicator.NEW_URBAN_EMPLOYMENT)).isEqualTo(84_600);
    }

    @Test
    void coversNameTheirDistrictAndQuarter() throws IOException {
        for (Path file : files(first.resolve("data/inbox/2025Q1"))) {
            Map<String, String> cover = new HashMap<>();
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Row row : wb.getSheet("填报信息")) {
                    cover.put(Text.label(row.getCell(0).getStringCellValue()), text(row.getCell(1)));
                }
            }
            assertThat(file.getFileName().toString()).startsWith(cover.get("区市代码"));
            assertThat(Quarter.parseLenient(cover.get("季度"))).isEqualTo(Quarter.parse("2025Q1"));
        }
    }

    @Test
    void readmeShowsEveryRowLevelCodeInTheFirstQuarterAndHistoryCodesInTheSecond() throws IOException {
        String readme = Files.readString(first.resolve("data/inbox/README.md"), StandardCharsets.UTF_8);
        String q1 = readme.substring(readme.indexOf("## 2025Q1"), readme.indexOf("## 2025Q2"));
        String q2 = readme.substring(readme.indexOf("## 2025Q2"));
        for (ReasonCode code : ReasonCode.values()) {
            ReasonCode.Kind kind = code.kind();
            if (kind == ReasonCode.Kind.SUBMISSION || kind == ReasonCode.Kind.STATISTICS) {
                assertThat(q1).doesNotContain("`" + code + "`");
                assertThat(q2).doesNotContain("`" + code + "`");
            } else if (code == ReasonCode.ALREADY_SUBSIDISED) {
                assertThat(q2).contains("`" + code + "`");
            } else {
                assertThat(q1).as(code.name()).containsPattern("`" + code + "` \\| ([3-9]|\\d\\d+) \\|");
            }
        }
        assertThat(q2).containsPattern("`MONTH_ALREADY_PAID` \\| \\d\\d+ \\|");
        assertThat(q2).containsPattern("`PERIOD_CAP_REACHED` \\| \\d\\d+ \\|");
    }

    @Test
    void secondQuarterMeetsTheSamePeopleAsTheFirst() throws IOException {
        java.util.Set<String> q1 = idTexts(files(first.resolve("data/inbox/2025Q1")));
        java.util.Set<String> q2 = idTexts(files(first.resolve("data/inbox/2025Q2")));
        java.util.Set<String> both = new java.util.HashSet<>(q1);
        both.retainAll(q2);
        assertThat(both).hasSizeGreaterThan(60);
    }

    private static java.util.Set<String> idTexts(List<Path> files) throws IOException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path f : files) {
            try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                String s = Text.clean(cell.getStringCellValue()).toUpperCase();
                                if (s.matches("\\d{17}[0-9X]")) {
                                    ids.add(s);
                                }
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static Map<Indicator, Long> cityTotals(String quarter) throws IOException {
        Map<Indicator, Long> sums = new EnumMap<>(Indicator.class);
        for (Path file : files(first.resolve("data/inbox/" + quarter))) {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                Sheet sheet = wb.getSheet("就业统计");
                for (Row row : sheet) {
                    Cell label = row.getCell(0);
                    if (label == null || label.getCellType() != CellType.STRING) {
                        continue;
                    }
                    for (Indicator i : Indicator.values()) {
                        if (Text.label(label.getStringCellValue()).equals(i.label())) {
                            long total = count(row.getCell(4));
                            long[] m = {count(row.getCell(1)), count(row.getCell(2)), count(row.getCell(3))};
                            assertThat(total).isEqualTo(i.stock() ? m[2] : m[0] + m[1] + m[2]);
                            sums.merge(i, total, Long::sum);
                        }
                    }
                }
            }
        }
        return sums;
    }

    private static long count(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? (long) cell.getNumericCellValue()
                : Long.parseLong(cell.getStringCellValue().replace(",", ""));
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue());
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{6}_\\d{4}Q\\d\\.xlsx?")).sorted().toList();
        }
    }
}
