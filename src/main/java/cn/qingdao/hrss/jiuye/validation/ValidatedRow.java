package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.Application;

import java.util.List;

/**
 * A data row read and field-checked (rules §4, §5 step 1). The application is always present and
 * filled as far as the cells allow (unreadable fields null; the ID number and name as read), so
 * that every row can be reported; it may be decided only when {@link #valid()}.
 *
 * @param rowNumber   the physical Excel row number (1-based)
 * @param errors      one per bad cell, in the column order of the sheet's SheetSpec
 */
public record ValidatedRow<A extends Application>(int rowNumber, A application, List<FieldError> errors) {

    public ValidatedRow {
        errors = List.copyOf(errors);
    }

    /** No field code: the row goes on to eligibility (rules §5 step 2). */
    public boolean valid() {
        return errors.isEmpty();
    }
}
