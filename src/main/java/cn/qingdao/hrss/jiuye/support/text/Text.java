package cn.qingdao.hrss.jiuye.support.text;

/** Text normalisation shared by reading and validation (rules §3, §4). */
public final class Text {

    private Text() {
    }

    /** Folds full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to half-width. */
    public static String foldWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                folded = ' ';
            }
            if (folded != c && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(folded);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Trims (including Unicode spaces) and folds to half-width: how every text value is read (rules §4). */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String folded = foldWidth(s);
        if (!folded.isEmpty() && plainlyNotSpace(folded.charAt(0)) && plainlyNotSpace(folded.charAt(folded.length() - 1))) {
            return folded; // what strip() would return, without looking both ends up in Unicode's tables
        }
        return folded.strip();
    }

    /**
     * True when {@code c} is certainly not white space as Java defines it ({@link Character#isWhitespace},
     * which {@link String#strip} and {@link String#isBlank} use): printable ASCII, Latin and most scripts up
     * to U+167F, and U+3001 to U+D7FF with CJK — where nearly every value begins and ends. False means
     * "look it up", not "white space".
     */
    public static boolean plainlyNotSpace(char c) {
        return (c > ' ' && c < '\u1680') || (c > '\u3000' && c < '\uD800');
    }

    /** A sheet name as it is matched: surrounding spaces trimmed, full-width folded (rules §3). */
    public static String sheetName(String s) {
        return clean(s);
    }

    /**
     * A header or label as it is matched (rules §3): full-width folded, all white space removed,
     * a note in brackets ({@code （）}, {@code ()}, {@code 【】}, {@code []}) and a trailing colon dropped.
     * {@code "身份证号（必填）"} and {@code "姓　名："} become {@code "身份证号"} and {@code "姓名"}.
     */
    public static String label(String s) {
        if (s == null) {
            return "";
        }
        String t = foldWidth(s);
        StringBuilder sb = new StringBuilder(t.length());
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[' || c == '【') {
                depth++;
            } else if (c == ')' || c == ']' || c == '】') {
                if (depth > 0) {
                    depth--;
                }
            } else if (depth == 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == '：')) {
            end--;
        }
        return sb.substring(0, end);
    }
}
