package cn.qingdao.hrss.jiuye.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Generates resident ID numbers valid under GB 11643 (rules §4): 6-digit region, birth date
 * {@code yyyyMMdd}, 3-digit sequence and the ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IdNumbers() {
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkChar(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** A valid ID number for a region code, birth date and sequence number (0–999). */
    public static String of(String region, LocalDate birth, int sequence) {
        if (region.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("region must have 6 digits and sequence be 0..999");
        }
        String first17 = region + birth.format(BASIC) + String.format("%03d", sequence);
        return first17 + checkChar(first17);
    }

    /** The same number with a wrong check character: deliberately invalid (INVALID_ID_NUMBER). */
    public static String withWrongCheck(String id) {
        char right = id.charAt(17);
        char wrong = right == '0' ? '1' : (right == 'X' ? '3' : (char) (right == '9' ? '0' : right + 1));
        if (wrong == right) {
            wrong = '5';
        }
        return id.substring(0, 17) + wrong;
    }
}
