package cn.qingdao.hrss.jiuye.support.text;

/**
 * A name from outside (a file name, a sheet name) made safe for one log line: control characters
 * (a newline would forge a second log line) shown as {@code \n}, {@code \t} or {@code \u0007},
 * and anything beyond 200 characters cut with an ellipsis.
 */
public final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    public static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX) + 8);
        int i = 0;
        for (; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return i < s.length() ? sb.append('…').toString() : sb.toString();
    }
}
