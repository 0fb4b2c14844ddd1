package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.PersonCategory;
import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.support.text.Text;
import cn.qingdao.hrss.jiuye.workbook.DataRow;
import cn.qingdao.hrss.jiuye.workbook.RawCell;
import cn.qingdao.hrss.jiuye.workbook.SheetSpec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one data row being read (rules §4, §5.4): each accessor reads a column by its index in
 * the SheetSpec, returns the value or null, and records a {@link FieldError} for a bad cell.
 * One instance per row; not shared.
 */
final class RowFields {

    /** The text that marks an open-ended contract in 劳动合同终止日期 (rules §3.3). */
    static final String OPEN_ENDED = "无固定期限";

    private final SheetSpec sheet;
    private final DataRow row;
    private final List<FieldError> errors = new ArrayList<>(2);

    RowFields(SheetSpec sheet, DataRow row) {
        this.sheet = sheet;
        this.row = row;
    }

    String text(int column) {
        return take(column, Values.text(row.cell(column)));
    }

    String creditCode(int column) {
        return take(column, Values.creditCode(row.cell(column)));
    }

    LocalDate date(int column) {
        return take(column, Values.date(row.cell(column)));
    }

    YearMonth month(int column) {
        return take(column, Values.month(row.cell(column)));
    }

    BigDecimal amount(int column) {
        return take(column, Values.amount(row.cell(column)));
    }

    Boolean yesNo(int column) {
        return take(column, Values.yesNo(row.cell(column)));
    }

    <E extends Enum<E>> E choice(int column, Choices<E> choices) {
        return take(column, choices.parse(row.cell(column)));
    }

    /**
     * 身份证号: upper-case when valid; otherwise the error is recorded and the text as read is
     * returned (cleaned; a numeric cell's digits as Excel shows them; null when blank), so that
     * the row can still be reported by ID (rules §8 decisions.csv).
     */
    String idNumber(int column, Quarter quarter) {
        RawCell cell = row.cell(column);
        String id = take(column, Values.idNumber(cell, quarter));
        return id != null ? id : asRead(cell);
    }

    /** 毕业日期: read and required only for 高校毕业生 (rules §4); otherwise ignored, null. */
    LocalDate graduationDate(int column, PersonCategory category) {
        return category == PersonCategory.GRADUATE ? date(column) : null;
    }

    /** 劳动合同终止日期 (rules §3.3): blank or 无固定期限 is an open-ended contract (null); else a date. */
    LocalDate contractEnd(int column) {
        RawCell cell = row.cell(column);
        if (cell.isBlank() || (cell.kind() == RawCell.Kind.TEXT && OPEN_ENDED.equals(Text.label(cell.text())))) {
            return null;
        }
        return date(column);
    }

    List<FieldError> errors() {
        return errors;
    }

    private <T> T take(int column, Parsed<T> parsed) {
        if (parsed.isOk()) {
            return parsed.value();
        }
        RawCell cell = row.cell(column);
        errors.add(new FieldError(parsed.error(), sheet.columns().get(column), cell.columnLetter(), Values.display(cell)));
        return null;
    }

    private static String asRead(RawCell cell) {
        Parsed<String> text = Values.text(cell);
        return text.orNull();
    }
}
