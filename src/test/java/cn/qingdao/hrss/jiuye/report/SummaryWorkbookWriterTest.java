package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.Indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryWorkbookWriterTest {

    @TempDir
    static Path out;

    private ReportFixture db;
    private XSSFWorkbook wb;

    @BeforeAll
    void setUp() throws Exception {
        db = new ReportFixture().withSampleRun();
        db.outputs().writeAll(ReportFixture.RUN, ReportFixture.Q, out);
        wb = Cells.open(out.resolve("2025Q1").resolve("summary-2025Q1.xlsx"));
    }

    @AfterAll
    void tearDown() throws Exception {
        wb.close();
        db.shutdown();
    }

    @Test
    void sheetsInPublicationOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("概览", "就业统计", "补贴汇总", "退回原因", "报送情况", "图表");
    }

    @Test
    void overviewStatesTheHeadlinesAsThePressDoes() {
        Sheet sheet = wb.getSheet("概览");
        assertThat(Cells.text(sheet.getRow(0).getCell(0))).isEqualTo("青岛市2025年第1季度就业统计与就业创业补贴汇总");
        Row jobs = Cells.find(sheet, 0, "城镇新增就业");
        assertThat(Cells.number(jobs, 1)).isEqualTo(7.83);
        assertThat(Cells.text(jobs.getCell(1))).isEqualTo("7.83万人");
        assertThat(Cells.number(jobs, 2)).isEqualTo(78_300);
        assertThat(Cells.text(jobs.getCell(2))).isEqualTo("78,300");
        assertThat(Cells.text(jobs.getCell(4))).isEqualTo("去年同期69,700人");
        Row yoy = Cells.find(sheet, 0, "城镇新增就业同比增长");
        assertThat(Cells.number(yoy, 1)).isEqualTo(0.1234);
        assertThat(Cells.text(yoy.getCell(1))).isEqualTo("12.34%");
        assertThat(Cells.text(yoy.getCell(4))).isEqualTo("同比增长12.34%");
        Row reemployed = Cells.find(sheet, 0, "城镇失业人员再就业");
        assertThat(Cells.text(reemployed.getCell(1))).isEqualTo("3.05万人");
        assertThat(Cells.number(reemployed, 2)).isEqualTo(30_500);
        Row postings = Cells.find(sheet, 0, "提供就业岗位");
        assertThat(Cells.text(postings.getCell(1))).isEqualTo("超12万个");
        assertThat(Cells.number(postings, 2)).isEqualTo(120_500);
        Row grants = Cells.find(sheet, 0, "就业创业补贴核准金额");
        assertThat(Cells.number(grants, 2)).isEqualTo(23_881.96, within(0.001));
        assertThat(Cells.text(grants.getCell(1))).isEqualTo("2.39万元");
        assertThat(Cells.text(grants.getCell(4))).isEqualTo("核准7笔（全部核准5笔，部分核准2笔）");
        assertThat(Cells.number(Cells.find(sheet, 0, "其中：灵活就业社保补贴"), 2)).isEqualTo(3_480.96, within(0.001));

        List<String> text = Cells.rows(sheet).stream().flatMap(List::stream).toList();
        assertThat(text).anyMatch(t -> t.contains("2025-01-01起施行的新一轮就业创业补贴政策"));
        assertThat(text).anyMatch(t -> t.contains("同比增长（%）=（本季度数 − 上年同季度数）÷ 上年同季度数 × 100"));
        assertThat(text).anyMatch(t -> t.contains("未计入全市合计：市北区、黄岛区（西海岸新区）、崂山区"));
        assertThat(text).anyMatch(t -> t.contains("开始时间：2025-04-10 09:00:00；数据发布时间：2025-04-10 09:04:30"));
        assertThat(text).contains("市南区（370202）　370202_2025Q1.xlsx　" + ReportFixture.sha(1),
                "黄岛区（西海岸新区）（370211）　370211_2025Q1.xls　" + ReportFixture.sha(3));
    }

    @Test
    void statisticsPerDistrictAndCityEqualTheDatabase() {
        Sheet sheet = wb.getSheet("就业统计");
        assertThat(Cells.rows(sheet).get(1)).containsExactly("区市代码", "区市", "指标", "单位", "本季度", "去年同期",
                "同比增长（%）", "年初至今", "备注");
        db.jdbc.query("SELECT district_code, indicator, stat_value, last_year, yoy_pct, year_to_date FROM statistic_result "
                + "WHERE run_id = 7", rs -> {
                    String code = rs.getString("district_code");
                    String label = cn.qingdao.hrss.jiuye.domain.Indicator.fromCode(rs.getString("indicator")).label();
                    Row row = Cells.find(sheet, 0, code, 2, label);
                    assertNumberOrBlank(row.getCell(4), rs.getObject("stat_value", Long.class));
                    assertNumberOrBlank(row.getCell(5), rs.getObject("last_year", Long.class));
                    BigDecimal yoy = rs.getBigDecimal("yoy_pct");
                    assertNumberOrBlank(row.getCell(6), yoy == null ? null : yoy.movePointLeft(2).doubleValue());
                    assertNumberOrBlank(row.getCell(7), rs.getObject("year_to_date", Long.class));
                });
        Row city = Cells.find(sheet, 1, "全市合计", 2, "城镇新增就业人数");
        assertThat(Cells.rows(sheet).get(city.getRowNum()))
                .containsExactly("370200", "全市合计", "城镇新增就业人数", "人", "78,300", "69,700", "12.34%", "78,300", "");
        assertThat(Cells.rows(sheet).get(Cells.find(sheet, 0, "370203", 2, "城镇新增就业人数").getRowNum()))
                .containsExactly("370203", "市北区", "城镇新增就业人数", "人", "", "", "", "", "统计数据未通过审核");
        assertThat(Cells.text(Cells.find(sheet, 0, "370212", 2, "乐业服务站数量").getCell(8))).isEqualTo("未报送");
        assertThat(Cells.text(Cells.find(sheet, 0, "370211", 2, "乐业服务站数量").getCell(8))).isEqualTo("报送文件未受理");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    }

    private static void assertNumberOrBlank(Cell cell, Number expected) {
        if (expected == null) {
            assertThat(Cells.text(cell)).isEmpty();
        } else {
            assertThat(cell.getNumericCellValue()).isEqualTo(expected.doubleValue());
        }
    }

    @Test
    void subsidiesPerDistrictAndTypeEqualTheDatabase() {
        Sheet sheet = wb.getSheet("补贴汇总");
        String[] types = {"startup", "employer", "flexible"};
        for (Map<String, Object> r : db.jdbc.queryForList("SELECT district_code, subsidy, COUNT(*) AS n, "
                + "SUM(CASE WHEN decision = 'APPROVED' THEN 1 ELSE 0 END) AS approved, "
                + "SUM(CASE WHEN decision = 'PARTIAL' THEN 1 ELSE 0 END) AS partial, "
                + "SUM(CASE WHEN decision = 'REJECTED' THEN 1 ELSE 0 END) AS rejected, SUM(amount) AS amount "
                + "FROM decision WHERE run_id = 7 GROUP BY district_code, subsidy")) {
            Row row = Cells.find(sheet, 0, (String) r.get("DISTRICT_CODE"));
            int col = 3 + 5 * List.of(types).indexOf((String) r.get("SUBSIDY"));
            assertThat(Cells.number(row, col)).isEqualTo(((Number) r.get("N")).doubleValue());
            assertThat(Cells.number(row, col + 1)).isEqualTo(((Number) r.get("APPROVED")).doubleValue());
            assertThat(Cells.number(row, col + 2)).isEqualTo(((Number) r.get("PARTIAL")).doubleValue());
            assertThat(Cells.number(row, col + 3)).isEqualTo(((Number) r.get("REJECTED")).doubleValue());
            assertThat(Cells.number(row, col + 4)).isEqualTo(((BigDecimal) r.get("AMOUNT")).doubleValue());
        }
        List<List<String>> rows = Cells.rows(sheet);
        assertThat(rows.get(Cells.find(sheet, 0, "370202").getRowNum())).containsExactly("370202", "市南区", "已受理",
                "3", "1", "0", "2", "12,000.00", "2", "1", "1", "0", "6,401.00", "2", "1", "0", "1", "1,500.00",
                "19,901.00");
        assertThat(rows.get(Cells.find(sheet, 0, "370211").getRowNum()).subList(0, 4))
                .containsExactly("370211", "黄岛区（西海岸新区）", "不予受理", "");
        assertThat(rows.get(Cells.find(sheet, 0, "370212").getRowNum()).get(2)).isEqualTo("未报送");
        assertThat(rows.get(Cells.find(sheet, 1, "全市合计").getRowNum())).containsExactly("370200", "全市合计", "",
                "4", "2", "0", "2", "14,000.00", "2", "1", "1", "0", "6,401.00", "5", "2", "1", "2", "3,480.96",
                "23,881.96");
    }

    @Test
    void refusalReasonsCountedPerSubsidy() {
        Sheet sheet = wb.getSheet("退回原因");
        List<List<String>> rows = Cells.rows(sheet);
        int header = rows.indexOf(List.of("代码", "说明", "类别", "一次性创业补贴", "吸纳就业社保补贴", "灵活就业社保补贴", "合计"));
        assertThat(rows.subList(header + 1, header + 8)).containsExactly(
                List.of("MISSING_VALUE", "必填项为空，请补充填写", "填报错误", "1", "0", "0", "1"),
                List.of("INVALID_CREDIT_CODE", "统一社会信用代码不正确（位数、字符或校验位有误），请核对", "填报错误", "1", "0", "0", "1"),
                List.of("NO_SOCIAL_INSURANCE", "未缴纳社会保险（月缴金额为0）", "不符合条件", "0", "0", "1", "1"),
                List.of("MONTH_BEFORE_CONTRACT", "该月早于劳动合同起始月", "月份核减", "0", "1", "0", "1"),
                List.of("MONTH_ALREADY_PAID", "该月已享受过本项补贴", "月份核减", "0", "0", "1", "1"),
                List.of("PERIOD_CAP_REACHED", "已达到本项补贴最长享受期限", "月份核减", "0", "0", "1", "1"),
                List.of("ALREADY_SUBSIDISED", "该人员或经营主体已在以前季度享受过一次性创业补贴", "重复享受", "1", "0", "0", "1"));
        assertThat(rows).contains(
                List.of("MISSING_COLUMN", "缺少必需的列，请使用统一模板", "文件退回", "1", "黄岛区（西海岸新区）（370211）"),
                List.of("STAT_TOTAL_MISMATCH", "季度合计与各月数值不符", "统计数据退回", "1", "市北区（370203）"));
    }

    @Test
    void submissionStatusForEveryRegistryDistrict() {
        List<List<String>> rows = Cells.rows(wb.getSheet("报送情况"));
        assertThat(rows.get(1)).containsExactly("区市代码", "区市", "状态", "状态说明", "文件名", "SHA-256", "错误代码", "错误说明",
                "就业统计");
        assertThat(rows.subList(2, rows.size())).hasSize(10);
        assertThat(rows.get(2)).containsExactly("370202", "市南区", "ACCEPTED", "已受理", "370202_2025Q1.xlsx",
                ReportFixture.sha(1), "", "", "通过");
        assertThat(rows.get(3)).containsExactly("370203", "市北区", "ACCEPTED", "已受理", "市北区2025Q1.xlsx",
                ReportFixture.sha(2), "STAT_TOTAL_MISMATCH", "季度合计与各月数值不符", "未通过审核");
        assertThat(rows.get(4)).containsExactly("370211", "黄岛区（西海岸新区）", "REJECTED", "不予受理", "370211_2025Q1.xls",
                ReportFixture.sha(3), "MISSING_COLUMN", "缺少必需的列，请使用统一模板", "");
        assertThat(rows.get(5)).containsExactly("370212", "崂山区", "MISSING", "未报送", "", "", "", "", "");
    }

    @Test
    void nativeChartsOfEmploymentAndSubsidies() {
        XSSFSheet sheet = wb.getSheet("图表");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("各区市城镇新增就业人数（本季度与去年同期）");
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
        assertThat(charts.get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
        assertThat(Cells.number(Cells.find(sheet, 0, "市南区"), 1)).isEqualTo(70_000);
        assertThat(Cells.number(Cells.find(sheet, 0, "市南区"), 2)).isEqualTo(62_000);
    }

    @Test
    void printSetUpIsA4LandscapeFitToWidth() {
        for (Sheet sheet : wb) {
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
        }
        assertThat(wb.getSheet("就业统计").getRepeatingRows()).isNotNull();
    }

    @Test
    void holdsNoNameAndNoIdNumber() {
        assertThat(db.personalData).contains("张三", "37020219900101123X");
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = Cells.text(cell);
                    for (String personal : db.personalData) {
                        assertThat(text).as(sheet.getSheetName() + "!" + cell.getAddress()).doesNotContain(personal);
                    }
                }
            }
        }
    }
}
