package cn.qingdao.hrss.jiuye.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingdao.hrss.jiuye.support.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** Every form a value is rendered in reads back, by a minimal reading of rules §4, as the value. */
class ValueFormatsTest {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})( \\d{2}:\\d{2}:\\d{2})?");
    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/.]|年)?(\\d{1,2})月?");

    private final Random rnd = new Random(3);
    private final ValueFormats everyForm = new ValueFormats(rnd, ValueFormats.DateForm.ISO, ValueFormats.MonthForm.ISO,
            ValueFormats.AmountForm.NUMBER, 100);

    @Test
    void datesReadBackInEveryForm() {
        for (int i = 0; i < 3_000; i++) {
            LocalDate d = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2_500));
            assertThat(readDate(everyForm.date(d))).isEqualTo(d);
        }
    }

    @Test
    void monthsReadBackInEveryForm() {
        for (int i = 0; i < 3_000; i++) {
            YearMonth m = YearMonth.of(2019, 1).plusMonths(rnd.nextInt(90));
            assertThat(readMonth(everyForm.month(m))).isEqualTo(m);
        }
    }

    @Test
    void amountsReadBackInEveryFormWithTwoDecimalsAtMost() {
        for (int i = 0; i < 3_000; i++) {
            BigDecimal a = BigDecimal.valueOf(rnd.nextInt(300_000), 2);
            assertThat(readAmount(everyForm.amount(a))).isEqualByComparingTo(a);
        }
    }

    @Test
    void idNumbersStayTextAndFoldBackToTheNumber() {
        for (int i = 0; i < 500; i++) {
            String id = IdNumbers.of("370212", LocalDate.of(1990, 1, 1).plusDays(i * 17L), i);
            CellValue v = everyForm.id(id);
            assertThat(v).isInstanceOf(CellValue.Text.class);
            assertThat(Text.clean(((CellValue.Text) v).value()).toUpperCase()).isEqualTo(id);
        }
    }

    private static LocalDate readDate(CellValue v) {
        if (v instanceof CellValue.Date d) {
            return d.value();
        }
        if (v instanceof CellValue.Number n) {
            double x = n.value();
            return x >= 10_000_000 ? LocalDate.of((int) x / 10_000, (int) x / 100 % 100, (int) x % 100)
                    : DateUtil.getLocalDateTime(Math.floor(x)).toLocalDate();
        }
        String s = Text.clean(((CellValue.Text) v).value());
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DATE_CN.matcher(s);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        assertThat(s).matches("\\d{8}");
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6)));
    }

    private static YearMonth readMonth(CellValue v) {
        if (v instanceof CellValue.Date d) {
            return YearMonth.from(d.value());
        }
        if (v instanceof CellValue.Number n) {
            int x = (int) n.value();
            return YearMonth.of(x / 100, x % 100);
        }
        String s = Text.clean(((CellValue.Text) v).value());
        if (DATE.matcher(s).matches()) {
            return YearMonth.from(readDate(v));
        }
        Matcher m = MONTH.matcher(s);
        assertThat(m.matches()).as(s).isTrue();
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static BigDecimal readAmount(CellValue v) {
        if (v instanceof CellValue.Number n) {
            return new BigDecimal(String.valueOf(n.value()));
        }
        String s = Text.clean(((CellValue.Text) v).value());
        assertThat(s).matches("\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?元?|\\d+(\\.\\d{1,2})?元?");
        return new BigDecimal(s.replace(",", "").replace("元", ""));
    }
}
