package cn.qingdao.hrss.jiuye.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders typed values in the mix of forms rules §4 allows, the way one district's clerks write
 * them: a preferred form per district and now and then another one.
 */
final class ValueFormats {

    enum DateForm { CELL, CELL_SLASH, CELL_CHINESE, ISO, SLASH, DOT, BASIC, CHINESE, WITH_TIME, SERIAL, NUMBER8 }

    enum MonthForm { CELL, ISO, SLASH, DOT, BASIC, CHINESE, NUMBER6, FIRST_DAY }

    enum AmountForm { NUMBER, PLAIN, THOUSANDS, YUAN, THOUSANDS_YUAN }

    private final Random rnd;
    private final DateForm dateForm;
    private final MonthForm monthForm;
    private final AmountForm amountForm;
    private final int otherFormPercent;

    ValueFormats(Random rnd, DateForm dateForm, MonthForm monthForm, AmountForm amountForm, int otherFormPercent) {
        this.rnd = rnd;
        this.dateForm = dateForm;
        this.monthForm = monthForm;
        this.amountForm = amountForm;
        this.otherFormPercent = otherFormPercent;
    }

    CellValue date(LocalDate d) {
        DateForm form = other() ? DateForm.values()[rnd.nextInt(DateForm.values().length)] : dateForm;
        return switch (form) {
            case CELL -> new CellValue.Date(d, "yyyy-mm-dd");
            case CELL_SLASH -> new CellValue.Date(d, "yyyy/m/d");
            case CELL_CHINESE -> new CellValue.Date(d, "yyyy\"年\"m\"月\"d\"日\"");
            case ISO -> text(d.toString());
            case SLASH -> text(d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth());
            case DOT -> text(d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth());
            case BASIC -> text(String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            case CHINESE -> text(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
            case WITH_TIME -> text(d + " 00:00:00");
            case SERIAL -> CellValue.number(DateUtil.getExcelDate(d));
            case NUMBER8 -> CellValue.number(d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth());
        };
    }

    CellValue month(YearMonth m) {
        MonthForm form = other() ? MonthForm.values()[rnd.nextInt(MonthForm.values().length)] : monthForm;
        return switch (form) {
            case CELL -> new CellValue.Date(m.atDay(1), "yyyy-mm");
            case ISO -> text(m.toString());
            case SLASH -> text(m.getYear() + "/" + m.getMonthValue());
            case DOT -> text(m.getYear() + "." + m.getMonthValue());
            case BASIC -> text(String.format("%04d%02d", m.getYear(), m.getMonthValue()));
            case CHINESE -> text(m.getYear() + "年" + m.getMonthValue() + "月");
            case NUMBER6 -> CellValue.number(m.getYear() * 100 + m.getMonthValue());
            case FIRST_DAY -> text(m.atDay(1).toString());
        };
    }

    CellValue amount(BigDecimal a) {
        AmountForm form = other() ? AmountForm.values()[rnd.nextInt(AmountForm.values().length)] : amountForm;
        BigDecimal two = a.setScale(2, RoundingMode.UNNECESSARY);
        return switch (form) {
            case NUMBER -> CellValue.number(a.doubleValue());
            case PLAIN -> text(two.toPlainString());
            case THOUSANDS -> text(thousands(two));
            case YUAN -> text(a.stripTrailingZeros().toPlainString() + "元");
            case THOUSANDS_YUAN -> text(thousands(two) + "元");
        };
    }

    /** An ID number as text; now and then with a lower-case x or in full-width digits. */
    CellValue id(String id) {
        int roll = rnd.nextInt(100);
        if (id.endsWith("X") && roll < 40) {
            return text(id.substring(0, 17) + "x");
        }
        return text(roll < 2 ? fullWidth(id) : id);
    }

    /** A credit code as text; now and then in lower case or with a trailing space. */
    CellValue creditCode(String code) {
        int roll = rnd.nextInt(100);
        return text(roll < 4 ? code.toLowerCase(Locale.ROOT) : roll < 7 ? code + " " : code);
    }

    CellValue yesNo(boolean yes) {
        int roll = rnd.nextInt(100);
        if (roll < 3) {
            return text(yes ? "Y" : "N");
        }
        return text(yes ? "是" : "否");
    }

    static CellValue text(String s) {
        return CellValue.text(s);
    }

    /** Full-width digits and letters, as some input methods produce (rules §4 folds them). */
    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    private boolean other() {
        return rnd.nextInt(100) < otherFormPercent;
    }

    private static String thousands(BigDecimal a) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(a);
    }
}
