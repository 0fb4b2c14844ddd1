package cn.qingdao.hrss.jiuye.generate;

import cn.qingdao.hrss.jiuye.domain.Indicator;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A synthetic quarter for load tests (rules §10: {@code generate --quarter Q --rows-per-district N
 * --out DIR}): one workbook per registry district with N data rows spread over the three subsidy
 * sheets (30% / 35% / 35%) and a valid 就业统计 sheet. {@code .xlsx} is written streaming (SXSSF, a
 * window of 100 rows: memory does not grow with N); {@code .xls} (HSSF) only when every sheet fits
 * the format's 65,536 rows. ID numbers are text cells. Deterministic for a given seed.
 */
public final class SyntheticQuarter {

    /** The rows one .xls sheet can hold. */
    public static final int XLS_MAX_ROWS = 65_536;
    /** Title and header rows above the data. */
    private static final int ROWS_ABOVE_DATA = 2;
    private static final int WINDOW = 100;

    /** The file format to write. */
    public enum Format { XLSX, XLS }

    private SyntheticQuarter() {
    }

    /** Writes the quarter for the districts of {@code data/reference/districts.csv} under the working directory. */
    public static List<Path> write(Quarter q, int rowsPerDistrict, Path outDir, Format format, long seed)
            throws IOException {
        return write(q, rowsPerDistrict, outDir, format, seed, Path.of("data", "reference", "districts.csv"));
    }

    /**
     * Writes {@code <code>_<quarter>.xlsx|.xls} for every district of the registry file into {@code outDir}.
     *
     * @throws IllegalArgumentException when N is negative, or .xls is asked for more rows than a sheet holds
     */
    public static List<Path> write(Quarter q, int rowsPerDistrict, Path outDir, Format format, long seed,
                                   Path registry) throws IOException {
        Map<Subsidy, Integer> split = split(rowsPerDistrict);
        if (format == Format.XLS) {
            int largest = split.values().stream().mapToInt(Integer::intValue).max().orElse(0) + ROWS_ABOVE_DATA;
            if (largest > XLS_MAX_ROWS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%,d rows per district need %,d rows in one sheet; an .xls sheet holds at most %,d rows"
                                + " - use xlsx or at most %,d rows per district",
                        rowsPerDistrict, largest, XLS_MAX_ROWS, maxXlsRowsPerDistrict()));
            }
        }
        Files.createDirectories(outDir);
        List<Path> files = new ArrayList<>();
        for (District d : District.load(registry)) {
            String name = d.code() + "_" + q + (format == Format.XLS ? ".xls" : ".xlsx");
            Path file = outDir.resolve(name);
            Random rnd = new Random(seed * 1_000_003L + Long.parseLong(d.code()));
            try (Workbook wb = format == Format.XLS ? new HSSFWorkbook() : streaming()) {
                writeDistrict(wb, q, d, split, rnd);
                if (wb instanceof HSSFWorkbook hssf) {
                    LegacyProperties.fill(hssf, null);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            files.add(file);
        }
        return files;
    }

    /** The largest N that .xls can hold. */
    public static int maxXlsRowsPerDistrict() {
        int n = (XLS_MAX_ROWS - ROWS_ABOVE_DATA) * 100 / 35;
        while (split(n).values().stream().anyMatch(v -> v + ROWS_ABOVE_DATA > XLS_MAX_ROWS)) {
            n--;
        }
        return n;
    }

    /** N rows over the three subsidy sheets: 30% start-up, 35% employer, the rest flexible. */
    static Map<Subsidy, Integer> split(int rowsPerDistrict) {
        if (rowsPerDistrict < 0) {
            throw new IllegalArgumentException("rows per district must not be negative: " + rowsPerDistrict);
        }
        Map<Subsidy, Integer> split = new EnumMap<>(Subsidy.class);
        int startup = (int) (rowsPerDistrict * 30L / 100);
        int employer = (int) (rowsPerDistrict * 35L / 100);
        split.put(Subsidy.STARTUP, startup);
        split.put(Subsidy.EMPLOYER, employer);
        split.put(Subsidy.FLEXIBLE, rowsPerDistrict - startup - employer);
        return split;
    }

    private static SXSSFWorkbook streaming() {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        return wb;
    }

    private static void writeDistrict(Workbook wb, Quarter q, District d, Map<Subsidy, Integer> split, Random rnd) {
        CellStyles styles = new CellStyles(wb);
        Sheet cover = wb.createSheet(SubmissionWriter.COVER);
        String[][] labels = {{"区市代码", d.code()}, {"区市名称", d.name()}, {"季度", q.toString()},
                {"填报人", "系统生成"}, {"联系电话", "0532-80000000"}};
        for (int r = 0; r < labels.length; r++) {
            Row row = cover.createRow(r);
            row.createCell(0).setCellValue(labels[r][0]);
            row.createCell(1).setCellValue(labels[r][1]);
        }
        Row filed = cover.createRow(labels.length);
        filed.createCell(0).setCellValue("填报日期");
        styles.writeDate(filed.createCell(1), q.lastDay().plusDays(5));

        SyntheticRows rows = new SyntheticRows(rnd, q, d);
        ValueFormats formats = new ValueFormats(rnd, ValueFormats.DateForm.ISO, ValueFormats.MonthForm.ISO,
                ValueFormats.AmountForm.NUMBER, 10);
        for (Subsidy subsidy : Subsidy.values()) {
            TableLayout layout = TableLayout.plain(Columns.of(subsidy));
            TableWriter writer = new TableWriter(wb.createSheet(subsidy.sheetName()), styles, layout);
            writer.begin(QuarterText.chinese(q) + subsidy.sheetName() + "申请汇总表", "");
            for (int i = split.get(subsidy); i > 0; i--) {
                writer.row(RowRenderer.render(rows.next(subsidy), formats));
            }
        }
        statistics(wb.createSheet(SubmissionWriter.STATISTICS), rnd);
    }

    /** A valid statistics sheet: flows total their months, the stock its third month (rules §3.5). */
    private static void statistics(Sheet sheet, Random rnd) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < Columns.STATISTICS.size(); c++) {
            header.createCell(c).setCellValue(Columns.STATISTICS.get(c));
        }
        int r = 1;
        for (Indicator indicator : Indicator.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.label());
            long[] m = new long[3];
            for (int i = 0; i < 3; i++) {
                m[i] = indicator.stock() ? 20 + rnd.nextInt(3) : 100 + rnd.nextInt(5_000);
                row.createCell(1 + i).setCellValue(m[i]);
            }
            row.createCell(4).setCellValue(indicator.stock() ? m[2] : m[0] + m[1] + m[2]);
        }
    }

    /**
     * Usage: {@code SyntheticQuarter --quarter 2025Q1 --rows-per-district N --out DIR [--format xlsx|xls]
     * [--seed S] [--registry data/reference/districts.csv]}.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        if (!opts.containsKey("--quarter") || !opts.containsKey("--rows-per-district") || !opts.containsKey("--out")) {
            System.err.println("usage: --quarter 2025Q1 --rows-per-district N --out DIR [--format xlsx|xls] [--seed S]"
                    + " [--registry data/reference/districts.csv]");
            System.exit(2);
        }
        try {
            List<Path> files = write(Quarter.parse(opts.get("--quarter")),
                    Integer.parseInt(opts.get("--rows-per-district")), Path.of(opts.get("--out")),
                    Format.valueOf(opts.getOrDefault("--format", "xlsx").toUpperCase(Locale.ROOT)),
                    Long.parseLong(opts.getOrDefault("--seed", "1")),
                    Path.of(opts.getOrDefault("--registry", "data/reference/districts.csv")));
            System.out.println("wrote " + files.size() + " workbooks to " + opts.get("--out"));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.exit(2);
        }
    }
}
