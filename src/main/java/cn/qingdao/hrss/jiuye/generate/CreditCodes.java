package cn.qingdao.hrss.jiuye.generate;

/**
 * Generates unified social credit codes valid under GB 32100 (rules §4): registration authority,
 * entity type, 6-digit region, 9-character organisation code (itself checked as in GB 11714)
 * and the mod-31 check character.
 */
public final class CreditCodes {

    /** The 31 characters of a credit code, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** 工商 registration of an enterprise (91), of an individual business (92), a social organisation (52). */
    public static final String ENTERPRISE = "91";
    public static final String INDIVIDUAL = "92";
    public static final String SOCIAL_ORGANISATION = "52";

    private CreditCodes() {
    }

    /** The GB 32100 check character of the first 17 characters. */
    public static char checkChar(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * A valid code: {@code kind} is one of the two-character prefixes above, {@code region} a
     * 6-digit region code, {@code serial} (0..99,999,999) becomes the 8-digit organisation body.
     */
    public static String of(String kind, String region, long serial) {
        String body = String.format("%08d", serial);
        String org = body + orgCheck(body);
        String first17 = kind + region + org;
        return first17 + checkChar(first17);
    }

    /** The same code with a wrong check character: deliberately invalid (INVALID_CREDIT_CODE). */
    public static String withWrongCheck(String code) {
        int v = ALPHABET.indexOf(code.charAt(17));
        return code.substring(0, 17) + ALPHABET.charAt((v + 7) % 31);
    }

    /** GB 11714 check of an 8-digit organisation body; 10 is written X, 11 is 0. */
    private static char orgCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 10) * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }
}
