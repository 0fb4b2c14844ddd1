package cn.qingdao.hrss.jiuye.generate;

import java.util.List;
import java.util.Map;

/**
 * How one district lays out a table sheet (rules §3): the column order (which may be shuffled and
 * hold an extra 备注), the header texts (which may carry notes such as {@code （必填）}), what sits
 * above the header and what follows the data.
 *
 * @param columns           canonical column names in display order, 序号 and 备注 included
 * @param headerTexts       the text written for a column, when it differs from its name
 * @param infoRow           a "填报单位：…" line between title and header
 * @param blankAfterTitle   an empty row before the header
 * @param numberedBlankRows pre-numbered empty template rows after the data
 * @param totalsRow         a 合计 row after the data (and the empty rows)
 * @param footnote          a note line below everything
 * @param mergedRuns        columns whose equal values in consecutive rows are written once, in a
 *                          vertically merged cell (rules §3: a merged value belongs to every row it spans);
 *                          a run needs all these columns equal
 */
record TableLayout(List<String> columns, Map<String, String> headerTexts, boolean infoRow, boolean blankAfterTitle,
                   int numberedBlankRows, boolean totalsRow, boolean footnote, List<String> mergedRuns) {

    /** A plain layout: template columns, no notes, nothing around the data. */
    static TableLayout plain(List<String> columns) {
        return new TableLayout(columns, Map.of(), false, false, 0, false, false, List.of());
    }

    String headerText(String column) {
        return headerTexts.getOrDefault(column, column);
    }

    /** 1-based physical row number of the header (the title is row 1). */
    int headerRowNumber() {
        return 2 + (infoRow ? 1 : 0) + (blankAfterTitle ? 1 : 0);
    }

    /** 1-based physical row number of the data row at the given 0-based position. */
    int rowNumber(int position) {
        return headerRowNumber() + 1 + position;
    }
}
