package cn.qingdao.hrss.jiuye.validation;

import java.time.LocalDate;

/**
 * Citizen ID numbers, GB 11643 (rules §4): 6-digit region whose first two digits are a province
 * code, birth date {@code yyyyMMdd} from 1900-01-01 to a given last day, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character ({@code x} accepted for {@code X}).
 */
final class IdNumbers {

    static final int LENGTH = 18;
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** Weight of position i is 2^(17−i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for (Σ digit × weight) mod 11. */
    private static final String CHECK = "10X98765432";
    private static final boolean[] PROVINCES = provinces(
            11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 71, 81, 82);

    private IdNumbers() {
    }

    /** True when {@code id} (trimmed, half-width) is a valid ID number born no later than {@code lastBirthDate}. */
    static boolean isValid(String id, LocalDate lastBirthDate) {
        if (id.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char check = id.charAt(LENGTH - 1);
        if (check == 'x') {
            check = 'X';
        }
        if (check != CHECK.charAt(sum % 11)) {
            return false;
        }
        if (!PROVINCES[digits(id, 0, 2)]) {
            return false;
        }
        LocalDate birth = ExcelDates.date(digits(id, 6, 10), digits(id, 10, 12), digits(id, 12, 14));
        return birth != null && !birth.isBefore(FIRST_BIRTH_DATE) && !birth.isAfter(lastBirthDate);
    }

    /** The check character a 17-digit prefix calls for (used by tests and fixtures). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean[] provinces(int... ranges) {
        boolean[] table = new boolean[100];
        for (int r = 0; r < ranges.length; r += 2) {
            for (int code = ranges[r]; code <= ranges[r + 1]; code++) {
                table[code] = true;
            }
        }
        return table;
    }
}
