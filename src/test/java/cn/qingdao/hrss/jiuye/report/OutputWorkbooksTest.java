package cn.qingdao.hrss.jiuye.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qingdao.hrss.jiuye.domain.Quarter;

class OutputWorkbooksTest {

    @TempDir
    Path out;

    private ReportFixture db;

    @BeforeEach
    void setUp() {
        db = new ReportFixture().withSampleRun();
    }

    @AfterEach
    void tearDown() {
        db.shutdown();
    }

    @Test
    void writesTheSummaryARosterPerAcceptedDistrictAndFeedbackPerSubmittingDistrict() throws Exception {
        List<Path> written = db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);
        Path q = out.resolve("2025Q1");
        assertThat(written).containsExactly(q.resolve("summary-2025Q1.xlsx"),
                q.resolve("370202/payment-roster-370202-2025Q1.xlsx"), q.resolve("370202/feedback-370202-2025Q1.xlsx"),
                q.resolve("370203/payment-roster-370203-2025Q1.xlsx"), q.resolve("370203/feedback-370203-2025Q1.xlsx"),
                q.resolve("370211/feedback-370211-2025Q1.xlsx"),
                q.resolve("370213/payment-roster-370213-2025Q1.xlsx"), q.resolve("370213/feedback-370213-2025Q1.xlsx"));
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind").noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp"))
                    .hasSize(8);
        }
    }

    @Test
    void rewritingRemovesWorkbooksADistrictNoLongerHas() throws Exception {
        Path staleRoster = out.resolve("2025Q1/370211/payment-roster-370211-2025Q1.xlsx");
        Path staleFeedback = out.resolve("2025Q1/370212/feedback-370212-2025Q1.xlsx");
        Path other = out.resolve("2025Q1/370212/notes.txt");
        Files.createDirectories(staleFeedback.getParent());
        Files.createDirectories(staleRoster.getParent());
        Files.writeString(staleRoster, "from an earlier run");
        Files.writeString(staleFeedback, "from an earlier run");
        Files.writeString(other, "not ours");

        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);

        assertThat(staleRoster).doesNotExist();
        assertThat(staleFeedback).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void aDuplicateSubmissionIsRejectedWithItsCodeForBothFiles() throws Exception {
        db.submission(5, "370214", "370214_2025Q1.xlsx", "ACCEPTED", null, "ACCEPTED");
        db.submission(6, "370214", "370214_2025Q1_修订.xlsx", "REJECTED", "DUPLICATE_SUBMISSION", null);
        db.jdbc.update("UPDATE run_submission SET duplicate = TRUE WHERE submission_id IN (5, 6)");

        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);

        Path district = out.resolve("2025Q1/370214");
        assertThat(district.resolve("payment-roster-370214-2025Q1.xlsx")).doesNotExist();
        try (XSSFWorkbook wb = Cells.open(district.resolve("feedback-370214-2025Q1.xlsx"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("退回明细"));
            String message = "同一区市报送了多个文件，均不予受理，请只保留一个文件";
            assertThat(rows.subList(2, rows.size())).containsExactly(
                    List.of("370214_2025Q1.xlsx", "", "", "", "DUPLICATE_SUBMISSION", message, "", "", "文件不予受理", ""),
                    List.of("370214_2025Q1_修订.xlsx", "", "", "", "DUPLICATE_SUBMISSION", message, "", "", "文件不予受理",
                            ""));
        }
        try (XSSFWorkbook wb = Cells.open(out.resolve("2025Q1/summary-2025Q1.xlsx"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("报送情况"));
            assertThat(rows).contains(
                    List.of("370214", "城阳区", "REJECTED", "不予受理", "370214_2025Q1.xlsx", ReportFixture.sha(5),
                            "DUPLICATE_SUBMISSION", "同一区市报送了多个文件，均不予受理，请只保留一个文件", ""),
                    List.of("370214", "城阳区", "REJECTED", "不予受理", "370214_2025Q1_修订.xlsx", ReportFixture.sha(6),
                            "DUPLICATE_SUBMISSION", "同一区市报送了多个文件，均不予受理，请只保留一个文件", ""));
            assertThat(Cells.rows(wb.getSheet("补贴汇总")).get(Cells.find(wb.getSheet("补贴汇总"), 0, "370214").getRowNum())
                    .get(2)).isEqualTo("不予受理");
        }
    }

    @Test
    void anUnattributedFileIsListedButGetsNoFolder() throws Exception {
        db.submission(8, null, "无名文件.xlsx", "REJECTED", "UNREADABLE_FILE", null);
        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);
        try (XSSFWorkbook wb = Cells.open(out.resolve("2025Q1/summary-2025Q1.xlsx"))) {
            List<List<String>> rows = Cells.rows(wb.getSheet("报送情况"));
            assertThat(rows.get(rows.size() - 1)).containsExactly("", "未能识别区市", "REJECTED", "不予受理", "无名文件.xlsx",
                    ReportFixture.sha(8), "UNREADABLE_FILE", "文件无法读取（已损坏或不是Excel工作簿），请重新导出后报送", "");
        }
        try (Stream<Path> dirs = Files.list(out.resolve("2025Q1"))) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("370202", "370203", "370211", "370213");
        }
    }

    @Test
    void refusesARunOfAnotherQuarter() {
        assertThatThrownBy(() -> db.outputs().writeAll(ReportFixture.RUN, Quarter.parse("2025Q2"), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run 7 is for 2025Q1");
        assertThat(out.resolve("2025Q2/summary-2025Q2.xlsx")).doesNotExist();
    }

    @Test
    void neverResolvesAPathOutsideTheOutputFolder() {
        assertThatThrownBy(() -> AtomicFiles.inside(out, "2025Q1", "..", "x.xlsx"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtomicFiles.inside(out, "../escape.xlsx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtomicFiles.inside(out, "/etc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AtomicFiles.inside(out, "2025Q1", "370202", "a.xlsx"))
                .isEqualTo(out.toAbsolutePath().normalize().resolve("2025Q1/370202/a.xlsx"));
    }

    @Test
    void aFailedWriteLeavesNeitherATemporaryFileNorAPartialFile() throws Exception {
        Path target = AtomicFiles.inside(out, "2025Q1", "x.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(target, o -> {
            o.write("half".getBytes());
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}
