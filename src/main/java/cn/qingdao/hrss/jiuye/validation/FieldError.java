package cn.qingdao.hrss.jiuye.validation;

import cn.qingdao.hrss.jiuye.domain.ReasonCode;

/**
 * One cell of a data row that could not be read (rules §5.4): the field code, the column's Chinese
 * header as the SheetSpec names it, the column letter where the district put it (A, B, …, as
 * Excel shows it) and the cell's value as a person sees it ({@link Values#display}, "" when blank).
 */
public record FieldError(ReasonCode code, String column, String columnLetter, String value) {
}
