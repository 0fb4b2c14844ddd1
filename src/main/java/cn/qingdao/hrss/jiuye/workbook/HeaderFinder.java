package cn.qingdao.hrss.jiuye.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;
import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * Finds the header row of a table sheet (rules §3): the first row whose cells, matched as labels
 * ({@link Text#label}: white space, bracketed notes and a trailing colon ignored), contain every
 * column of the {@link SheetSpec}. Columns may be in any order, extra columns are ignored, and a
 * label that appears twice is taken at its first (leftmost) column. Rows above it are titles.
 */
final class HeaderFinder {

    private final SheetSpec spec;
    private final List<String> wanted;
    private int bestCount = -1;
    private boolean[] bestFound;

    HeaderFinder(SheetSpec spec) {
        this.spec = spec;
        this.wanted = spec.columns().stream().map(Text::label).toList();
    }

    /** The header if {@code row} is one, else null (the row is remembered for the error message). */
    HeaderRow offer(RawRow row) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (RawCell cell : row.cells()) {
            if (cell.kind() == RawCell.Kind.TEXT) {
                columnOf.putIfAbsent(Text.label(cell.text()), cell.column());
            }
        }
        int[] columns = new int[wanted.size()];
        boolean[] found = new boolean[wanted.size()];
        int count = 0;
        for (int i = 0; i < wanted.size(); i++) {
            Integer col = columnOf.get(wanted.get(i));
            found[i] = col != null;
            columns[i] = col == null ? -1 : col;
            count += found[i] ? 1 : 0;
        }
        if (count == wanted.size()) {
            return new HeaderRow(row.rowNumber(), columns);
        }
        if (count > bestCount) {
            bestCount = count;
            bestFound = found;
        }
        return null;
    }

    /**
     * MISSING_COLUMN naming the columns missing from the row that matched the most of them (every
     * column when the sheet has no rows), e.g. {@code sheet 吸纳就业社保补贴: missing column(s) 补贴终止月}.
     */
    WorkbookException missingColumns() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (bestFound == null || !bestFound[i]) {
                missing.add(spec.columns().get(i));
            }
        }
        return new WorkbookException(ReasonCode.MISSING_COLUMN, spec.name(),
                "sheet " + spec.name() + ": missing column(s) " + String.join(", ", missing),
                "工作表“" + spec.name() + "”缺少列：" + String.join("、", missing) + "（表头行须包含模板的全部列）；请使用统一模板填报后重新报送");
    }
}
