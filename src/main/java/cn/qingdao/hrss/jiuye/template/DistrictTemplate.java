package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.DistrictRegistry;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.domain.Subsidy;
import cn.qingdao.hrss.jiuye.inventory.CoverSheet;
import cn.qingdao.hrss.jiuye.statistics.StatisticsSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank workbook a district fills in for a quarter (rules §3): the five sheets in the order of
 * rules §3 — {@link CoverPage 填报信息} filled with the district and the quarter, the three
 * {@link ApplicationSheet subsidy sheets}, {@link StatisticsPage 就业统计} — as {@code .xlsx}, named
 * {@code <district>_<quarter>.xlsx} as the run expects a file to be named (rules §7). It never
 * overwrites a file: a template already filled in must not be lost.
 */
public final class DistrictTemplate {

    private DistrictTemplate() {
    }

    /** {@code 370202_2025Q1.xlsx}. */
    public static String fileName(String district, Quarter quarter) {
        return district + "_" + quarter + ".xlsx";
    }

    /**
     * Writes the template of {@code district} for {@code quarter} into {@code dir} (created when missing).
     *
     * @throws IllegalArgumentException   when the district is not in the registry
     * @throws FileAlreadyExistsException when the file is already there
     */
    public static Path write(Quarter quarter, String district, DistrictRegistry registry, Path dir) throws IOException {
        if (!registry.contains(district)) {
            throw new IllegalArgumentException("district " + district + " is not in the registry (" + String.join(", ",
                    registry.codes()) + ")");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName(district, quarter));
        String name = registry.name(district);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(wb);
            CoverPage.write(wb.createSheet(CoverSheet.SHEET), styles, quarter, district, name);
            for (Subsidy subsidy : Subsidy.values()) {
                ApplicationSheet.write(wb.createSheet(subsidy.sheetName()), styles, subsidy, quarter, name);
            }
            StatisticsPage.write(wb.createSheet(StatisticsSheet.SHEET.name()), styles, quarter, name);
            // the totals are written without values, and the workbook asks to be recalculated when opened
            // (StatisticsPage: why)
            wb.setForceFormulaRecalculation(true);
            var core = wb.getProperties().getCoreProperties();
            core.setTitle(quarter + " " + name + " 就业创业补贴申请及就业统计报表");
            core.setCreator("青岛市人力资源和社会保障局");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                wb.write(out);
            } catch (IOException | RuntimeException e) {
                if (!(e instanceof FileAlreadyExistsException)) {
                    Files.deleteIfExists(file); // no half-written template
                }
                throw e;
            }
        }
        return file;
    }
}
