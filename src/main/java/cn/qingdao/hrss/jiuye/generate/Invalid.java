package cn.qingdao.hrss.jiuye.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Deliberately invalid cell values, one field code each (rules §4, §5.4). */
final class Invalid {

    private static final List<String> DATES = List.of("2024-02-30", "2024年13月5日", "2024/6/31", "二〇二四年五月",
            "2024-00-12", "待补充");
    private static final List<String> MONTHS = List.of("2024-13", "2024年13月", "2024.0", "24年5月", "202413", "全年");
    private static final List<String> AMOUNTS = List.of("-1200", "1,234.567", "壹仟贰佰元", "1200.5.5", "-860.00元");

    private Invalid() {
    }

    /** A valid-looking ID whose check character is wrong, or whose birth date does not exist. */
    static CellValue idNumber(Random rnd, String id) {
        if (rnd.nextBoolean()) {
            return CellValue.text(IdNumbers.withWrongCheck(id));
        }
        String first17 = id.substring(0, 10) + "0231" + id.substring(14, 17);
        return CellValue.text(first17 + IdNumbers.checkChar(first17));
    }

    /** The ID as a numeric cell: Excel keeps 15 significant digits (ID_STORED_AS_NUMBER). */
    static CellValue idAsNumber(String id) {
        return CellValue.number(Double.parseDouble(id.replace("X", "")));
    }

    static CellValue creditCode(Random rnd, String code) {
        return switch (rnd.nextInt(3)) {
            case 0 -> CellValue.text(CreditCodes.withWrongCheck(code));
            case 1 -> CellValue.text(code.substring(0, 17));
            default -> CellValue.text(code.substring(0, 10) + "O" + code.substring(11));
        };
    }

    static CellValue date(Random rnd) {
        return CellValue.text(DATES.get(rnd.nextInt(DATES.size())));
    }

    static CellValue month(Random rnd) {
        return CellValue.text(MONTHS.get(rnd.nextInt(MONTHS.size())));
    }

    static CellValue amount(Random rnd) {
        return CellValue.text(AMOUNTS.get(rnd.nextInt(AMOUNTS.size())));
    }

    /** A date some days before or after the quarter (APPLICATION_OUTSIDE_QUARTER). */
    static LocalDate outside(Random rnd, LocalDate firstDay, LocalDate lastDay) {
        return rnd.nextBoolean() ? firstDay.minusDays(1 + rnd.nextInt(20)) : lastDay.plusDays(1 + rnd.nextInt(10));
    }
}
