package cn.qingdao.hrss.jiuye.workbook;

import cn.qingdao.hrss.jiuye.support.text.Text;

/**
 * What a text cell may hold once read (rules §4 "without trusting the format"): characters a
 * district cannot see and a database may refuse are dropped — C0 and C1 control characters
 * except tab, line feed and carriage return; zero-width spaces and joiners, the word joiner and
 * the byte-order mark; the non-characters U+FFFE/U+FFFF; unpaired surrogates — and the text is cut
 * at {@link #MAX_LENGTH} characters, the most an Excel cell holds.
 */
final class CellText {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    /** A sheet name of the file as it is matched: sanitised like cell text, then trimmed and folded (rules §3). */
    static String sheetName(String name) {
        return Text.sheetName(sanitise(name));
    }

    static String sanitise(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && !dropped(text, i)) {
            i++;
        }
        if (i == n && n <= MAX_LENGTH) {
            return text;
        }
        StringBuilder sb = new StringBuilder(Math.min(n, MAX_LENGTH));
        sb.append(text, 0, Math.min(i, MAX_LENGTH));
        for (; i < n && sb.length() < MAX_LENGTH; i++) {
            if (!dropped(text, i)) {
                sb.append(text.charAt(i));
            }
        }
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1); // the cut fell inside a surrogate pair
        }
        return sb.toString();
    }

    /**
     * {@link String#isBlank}, answered from the first character when it is plainly not white space
     * ({@link Text#plainlyNotSpace}), as nearly every cell begins; the JDK's own test looks each character up
     * in Unicode's tables.
     */
    static boolean isBlank(String s) {
        return s.isEmpty() || (!Text.plainlyNotSpace(s.charAt(0)) && s.isBlank());
    }

    private static boolean dropped(String s, int i) {
        char c = s.charAt(i);
        if ((c >= ' ' && c < '\u007F') || (c >= '\u00A0' && c < '\u200B') || (c > '\u2060' && c < '\uD800')) {
            return false; // printable ASCII, Latin, most scripts, CJK: kept, as nearly every character is
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (Character.isISOControl(c)) {
            return true;
        }
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFE', '\uFFFF' -> true;
            default -> {
                if (Character.isHighSurrogate(c)) {
                    yield i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                }
                if (Character.isLowSurrogate(c)) {
                    yield i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
                }
                yield false;
            }
        };
    }
}
