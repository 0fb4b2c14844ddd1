package cn.qingdao.hrss.jiuye.inventory;

import cn.qingdao.hrss.jiuye.support.text.Text;
import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.RawRow;
import cn.qingdao.hrss.jiuye.workbook.SubmissionWorkbook;
import cn.qingdao.hrss.jiuye.workbook.WorkbookException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cover sheet 填报信息 (rules §3.1): label/value rows. A label is matched like a header
 * (white space, trailing colon and bracketed notes ignored); its value is the next non-blank
 * cell to its right.
 */
public final class CoverSheet {

    public static final String SHEET = "填报信息";
    public static final String DISTRICT_CODE = "区市代码";
    public static final String DISTRICT_NAME = "区市名称";
    public static final String QUARTER = "季度";
    public static final String FILER = "填报人";
    public static final String PHONE = "联系电话";
    public static final String FILED = "填报日期";
    /** The labels of rules §3.1, in the order the district template lists them. */
    public static final List<String> LABELS = List.of(DISTRICT_CODE, DISTRICT_NAME, QUARTER, FILER, PHONE, FILED);

    private CoverSheet() {
    }

    /** The cover's values by label; labels that are absent or have no value are missing from the map. */
    static Map<String, String> read(SubmissionWorkbook workbook) throws WorkbookException {
        Map<String, String> values = new HashMap<>();
        workbook.readRows(SHEET, row -> collect(row, values));
        return values;
    }

    private static void collect(RawRow row, Map<String, String> values) {
        var cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            if (cell.kind() != RawCell.Kind.TEXT) {
                continue;
            }
            String label = Text.label(cell.text());
            if (!LABELS.contains(label) || values.containsKey(label)) {
                continue;
            }
            for (int j = i + 1; j < cells.size(); j++) {
                String value = plain(cells.get(j));
                if (value != null && !value.isEmpty()) {
                    values.put(label, value);
                    break;
                }
            }
            return;
        }
    }

    /** A cover value as a person reads it: text cleaned, a whole number without decimals. */
    static String plain(RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> Text.clean(cell.text());
            case NUMBER -> new BigDecimal(Double.toString(cell.number())).stripTrailingZeros().toPlainString();
            case BOOLEAN, ERROR -> cell.text();
            case BLANK -> null;
        };
    }
}
