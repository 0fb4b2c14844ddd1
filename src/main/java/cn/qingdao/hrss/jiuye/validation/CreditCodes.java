package cn.qingdao.hrss.jiuye.validation;

/**
 * Unified social credit codes, GB 32100 (rules §4): 18 characters from
 * {@code 0-9ABCDEFGHJKLMNPQRTUWXY} (I, O, S, V, Z never occur), the last a check character:
 * weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = 31 − (Σ mod 31), 31 → 0.
 */
final class CreditCodes {

    static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Value of each character 0–127 in {@link #ALPHABET}, -1 when not allowed. */
    private static final int[] VALUES = values();

    private CreditCodes() {
    }

    /** The code upper-cased when valid, else null. {@code code} is already trimmed and half-width. */
    static String normalise(String code) {
        if (code.length() != LENGTH) {
            return null;
        }
        char[] upper = new char[LENGTH];
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                return null;
            }
            upper[i] = c;
            if (i < LENGTH - 1) {
                sum += v * WEIGHTS[i];
            }
        }
        return upper[LENGTH - 1] == checkCharacter(sum) ? new String(upper) : null;
    }

    /** The check character for a 17-character prefix already in the alphabet (used by tests). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += VALUES[first17.charAt(i)] * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int sum) {
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static int[] values() {
        int[] table = new int[128];
        java.util.Arrays.fill(table, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            table[ALPHABET.charAt(i)] = i;
        }
        return table;
    }
}
