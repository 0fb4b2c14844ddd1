package cn.qingdao.hrss.jiuye.report;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.MonthRuns;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.springframework.stereotype.Component;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;

/**
 * The payment roster (发放名册) of one district for a run (rules §8): one sheet per subsidy with
 * its APPROVED and PARTIAL rows in row order — source row, name, ID number (as text), the business
 * or employer for the subsidies that have one, the decision, approved months and amount — and a
 * 合计 line. Written streaming (SXSSF, the data lines straight into the sheet XML): a district may have many thousand rows.
 */
@Component
public class PaymentRosterWriter {

    /** A district's paid rows of one subsidy, in row order: the same rows for both queries below. */
    private static final String PAID_ROWS = """
            WHERE d.run_id = :run AND d.subsidy = :subsidy AND d.district_code = :district
              AND d.decision IN ('APPROVED', 'PARTIAL')
            ORDER BY d.run_id, d.subsidy, d.district_code, d.row_number
            """;

    private static final String SQL = """
            SELECT d.row_number, d.name, d.id_number, d.decision, d.months, d.amount, d.kept_months,
                   a.entity_name, a.credit_code
            FROM decision d
            LEFT JOIN application a ON a.submission_id = :submission AND a.subsidy = d.subsidy
                 AND a.row_number = d.row_number
            """ + PAID_ROWS;

    /** The same for a subsidy without a business or employer (flexible employment): no join. */
    private static final String SQL_WITHOUT_ENTITY = """
            SELECT d.row_number, d.name, d.id_number, d.decision, d.months, d.amount, d.kept_months,
                   NULL AS entity_name, NULL AS credit_code
            FROM decision d
            """ + PAID_ROWS;

    private final ReportJdbc db;
    private final DistrictRegistry districts;

    public PaymentRosterWriter(ReportJdbc db, DistrictRegistry districts) {
        this.db = db;
        this.districts = districts;
    }

    /** {@code payment-roster-370202-2025Q1.xlsx}. */
    public static String fileName(String district, Quarter quarter) {
        return "payment-roster-" + district + "-" + quarter + ".xlsx";
    }

    /** The headings of a subsidy's sheet (rules §8): the business or employer only where the subsidy has one. */
    public static List<String> columns(Subsidy subsidy) {
        List<String> header = new ArrayList<>(List.of("序号", "行号", "姓名", "身份证号"));
        switch (subsidy) {
            case STARTUP -> header.addAll(List.of("主体名称", "统一社会信用代码"));
            case EMPLOYER -> header.addAll(List.of("单位名称", "统一社会信用代码"));
            case FLEXIBLE -> { }
        }
        header.add("决定");
        if (subsidy != Subsidy.STARTUP) {
            header.addAll(List.of("核准月数", "核准月份"));
        }
        header.add("补贴金额（元）");
        return List.copyOf(header);
    }

    /**
     * Writes the roster of {@code district}, whose accepted submission in the run is {@code submissionId},
     * to {@code file} (atomically). The rows are read by submission: through the primary key of
     * {@code application}, not a scan of every district's rows per district.
     */
    public void write(long runId, Quarter quarter, String district, long submissionId, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (StreamingWorkbook wb = new StreamingWorkbook()) { // close() deletes its temporary sheet files
                Styles styles = new Styles(wb);
                for (Subsidy subsidy : Subsidy.values()) {
                    writeSheet(wb, styles, runId, quarter, district, submissionId, subsidy);
                }
                wb.write(out);
            }
        });
    }

    private void writeSheet(StreamingWorkbook wb, Styles styles, long runId, Quarter quarter, String district, long submissionId,
                            Subsidy subsidy) {
        SXSSFSheet sheet = wb.createSheet(subsidy.sheetName());
        SheetTable t = new SheetTable(sheet, styles, wb.writer(sheet)); // data lines direct, the total a POI row
        List<String> header = columns(subsidy);
        boolean monthly = subsidy != Subsidy.STARTUP;
        int lastCol = header.size() - 1;
        t.title(districts.name(district) + " " + quarter.year() + "年第" + quarter.number() + "季度"
                + subsidy.sheetName() + "发放名册", lastCol);
        t.note("区市代码：" + district + "　　运行编号：" + runId, lastCol, false);
        t.header(header.toArray(String[]::new));
        t.freezeAndRepeatHeader();
        t.minWidth(3, 20);

        Rows rows = new Rows(t, subsidy, monthly);
        String sql = subsidy == Subsidy.FLEXIBLE ? SQL_WITHOUT_ENTITY : SQL;
        db.stream(sql, Map.of("run", runId, "submission", submissionId, "subsidy", subsidy.code(),
                "district", district), rs -> rows.add(
                new RosterRow(rs.getInt("row_number"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("decision"), rs.getInt("months"), rs.getBigDecimal("amount"),
                        rs.getString("entity_name"), rs.getString("credit_code"),
                        MonthRuns.parse(rs.getString("kept_months")))));
        rows.total();
        t.finish();
    }

    /** Writes the roster lines of one sheet and sums them for the 合计 line. */
    private static final class Rows {
        private final SheetTable t;
        private final Subsidy subsidy;
        private final boolean monthly;
        private int count;
        private long months;
        private BigDecimal amount = BigDecimal.ZERO;

        Rows(SheetTable t, Subsidy subsidy, boolean monthly) {
            this.t = t;
            this.subsidy = subsidy;
            this.monthly = monthly;
        }

        void add(RosterRow r) {
            count++;
            months += r.monthCount();
            amount = amount.add(r.amount());
            SheetTable.Line line = t.line().plain(count).plain(r.row()).text(r.name()).text(r.idNumber());
            if (subsidy != Subsidy.FLEXIBLE) {
                line.text(r.entityName()).text(r.creditCode());
            }
            line.text("PARTIAL".equals(r.decision()) ? "部分核准" : "全部核准");
            if (monthly) {
                line.integer((long) r.monthCount()).text(MonthText.runs(r.months()));
            }
            line.money(r.amount());
        }

        void total() {
            SheetTable.Line line = t.totalLine().text("合计").text(count + "人").blank().blank();
            if (subsidy != Subsidy.FLEXIBLE) {
                line.blank().blank();
            }
            line.blank();
            if (monthly) {
                line.integer(months).blank();
            }
            line.money(amount);
        }
    }

    /** One APPROVED or PARTIAL decision as the roster shows it; {@code months} the kept months' runs, ascending. */
    private record RosterRow(int row, String name, String idNumber, String decision, int monthCount, BigDecimal amount,
                             String entityName, String creditCode, List<MonthRuns.Run> months) {
    }
}
