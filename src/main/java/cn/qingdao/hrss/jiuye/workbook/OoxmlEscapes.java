package cn.qingdao.hrss.jiuye.workbook;

/**
 * OOXML writes characters that XML cannot hold (control characters) in cell text as
 * {@code _xHHHH_}, and a literal {@code _x} sequence as {@code _x005F_x…} (ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring). Text read from an .xlsx is decoded here before it is judged, so that
 * {@code 张_x0007_三} is {@code 张\u0007三} — which {@link CellText} then cleans to {@code 张三}.
 */
final class OoxmlEscapes {

    private OoxmlEscapes() {
    }

    static String decode(String text) {
        if (text == null || text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && hex(text, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(text.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
