package cn.qingdao.hrss.jiuye.statistics;

import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;

import java.util.List;

/** The 就业统计 sheet (rules §3.5): its columns, and reading it from a workbook. */
public final class StatisticsSheet {

    public static final SheetSpec SHEET = new SheetSpec("就业统计",
            List.of("指标", "本季第1月", "本季第2月", "本季第3月", "季度合计"));

    static final int INDICATOR = 0;
    static final int MONTH_1 = 1;
    static final int MONTH_2 = 2;
    static final int MONTH_3 = 3;
    static final int TOTAL = 4;

    private StatisticsSheet() {
    }

    /**
     * Reads and checks the sheet (rules §7).
     *
     * @throws WorkbookException MISSING_SHEET / MISSING_COLUMN / UNREADABLE_FILE from the workbook
     */
    public static StatisticsResult read(SubmissionWorkbook workbook) throws WorkbookException {
        StatisticsReader reader = new StatisticsReader();
        workbook.readTable(SHEET, reader);
        return reader.result();
    }
}
