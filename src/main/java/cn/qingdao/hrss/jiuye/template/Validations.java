package cn.qingdao.hrss.jiuye.template;

import cn.qingdao.hrss.jiuye.domain.Quarter;
import cn.qingdao.hrss.jiuye.validation.Values;
import java.time.LocalDate;
import java.util.Collection;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The data validations of one template sheet: an input message (Excel's "输入信息") on a header or a
 * cell, and for a whole column below its header the check of its {@link ColumnKind} with the run's
 * Chinese message as the error. Blank cells are always allowed: whether a value is required is the
 * run's business (rules §4), and a check cannot tell a row being typed from a finished one.
 */
final class Validations {

    /** Excel's limits: 32 characters of title, 255 of message. */
    static final int MAX_TITLE = 32;
    static final int MAX_MESSAGE = 255;

    /** Dates Excel lets through: any year a person could mean, 1900 (Excel's first) to 2099. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final XSSFSheet sheet;
    private final DataValidationHelper helper;

    Validations(XSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
    }

    /** An input message on one cell, and no check. */
    void prompt(int row, int column, String title, String message) {
        add(new XSSFDataValidationConstraint(ValidationType.ANY, null), new CellRangeAddressList(row, row, column, column),
                title, message, null, false);
    }

    /**
     * Every cell of {@code column} from {@code firstRow} to Excel's last row: the input message, and the
     * check of {@code kind} ({@code choices} for {@link ColumnKind#CHOICE}).
     */
    void column(int column, int firstRow, ColumnKind kind, Collection<String> choices, Quarter quarter, String title,
                String message) {
        range(column, firstRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), kind, choices, quarter, title, message);
    }

    /** The cells of {@code column} from {@code firstRow} to {@code lastRow}, as {@link #column}. */
    void range(int column, int firstRow, int lastRow, ColumnKind kind, Collection<String> choices, Quarter quarter,
               String title, String message) {
        add(constraint(kind, choices, quarter), new CellRangeAddressList(firstRow, lastRow, column, column), title,
                message, kind.refusal() == null ? null : kind.refusal().messageZh(), kind == ColumnKind.APPLICATION_DATE);
    }

    /** One cell with a check of {@code kind} (a cover value). */
    void cell(int row, int column, ColumnKind kind, Quarter quarter, String title, String message) {
        add(constraint(kind, null, quarter), new CellRangeAddressList(row, row, column, column), title, message,
                kind.refusal() == null ? null : kind.refusal().messageZh(), false);
    }

    private DataValidationConstraint constraint(ColumnKind kind, Collection<String> choices, Quarter quarter) {
        return switch (kind) {
            case ID_NUMBER, CREDIT_CODE -> helper.createTextLengthConstraint(OperatorType.EQUAL, "18", null);
            case CHOICE -> helper.createExplicitListConstraint(choices.toArray(String[]::new));
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, serial(FIRST_DATE), serial(LAST_DATE), null);
            case APPLICATION_DATE -> helper.createDateConstraint(OperatorType.BETWEEN, serial(quarter.firstDay()),
                    serial(quarter.lastDay()), null);
            case MONTH -> helper.createTextLengthConstraint(OperatorType.BETWEEN, "6", "10");
            case AMOUNT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", Values.largestAmount().toPlainString());
            case COUNT -> helper.createIntegerConstraint(OperatorType.BETWEEN, "0", Long.toString(Values.largestCount()));
            case SEQUENCE, TEXT, CONTRACT_END, TOTAL, LABEL -> new XSSFDataValidationConstraint(ValidationType.ANY, null);
        };
    }

    /**
     * Adds a validation. A refusal is a stop (the value cannot be entered) unless {@code warnOnly}: then
     * Excel asks, and the value can be kept (an application dated outside the quarter is the district's
     * to send, and the run's to refuse).
     */
    private void add(DataValidationConstraint constraint, CellRangeAddressList cells, String title, String message,
                     String refusal, boolean warnOnly) {
        DataValidation v = helper.createValidation(constraint, cells);
        v.setEmptyCellAllowed(true);
        v.createPromptBox(checked(title, MAX_TITLE), checked(message, MAX_MESSAGE));
        v.setShowPromptBox(true);
        if (refusal != null) {
            v.setErrorStyle(warnOnly ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
            v.createErrorBox(checked(title, MAX_TITLE), checked(refusal + (warnOnly ? "，将不予核准。仍要保留请点“是”。" : ""),
                    MAX_MESSAGE));
            v.setShowErrorBox(true);
        } else {
            v.setShowErrorBox(false);
        }
        sheet.addValidationData(v);
    }

    private static String serial(LocalDate date) {
        return Long.toString((long) DateUtil.getExcelDate(date));
    }

    private static String checked(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("text longer than Excel allows (" + max + "): " + text);
        }
        return text;
    }
}
