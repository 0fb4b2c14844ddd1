package cn.qingdao.hrss.jiuye.workbook;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;

/**
 * The three attributes of a {@code <c>} that matter — its reference {@code r}, type {@code t} and style
 * {@code s} — read straight from the parser's characters. A sheet has a dozen cells a row; making a
 * {@code String} of each value only to parse a column, compare a type or parse a number would cost about
 * a tenth of the reader's time. aalto offers this through the Stax2 typed access API
 * ({@link TypedXMLStreamReader#getAttributeAs}); the JDK's parser, used for the rare XML 1.1 part, does
 * not, and its values are read as strings with the same rules.
 *
 * <p>As XML Schema types these attributes, surrounding white space is not part of a value. A value that
 * is not what office software writes (a reference without letters, a style that is not a whole number)
 * falls back: to the next column, to style 0, and an unknown type is read as a number.
 */
final class CellAttributes {

    /** The cell types, as {@link XlsxCellDecoder} tests them. */
    static final String[] TYPES = {"s", "n", "b", "e", "d", "str", "inlineStr"};

    private final XMLStreamReader xml;
    private final TypedXMLStreamReader typed; // null for the JDK's parser
    private final Column column = new Column();
    private final Style style = new Style();
    private final Type type = new Type();

    CellAttributes(XMLStreamReader xml) {
        this.xml = xml;
        this.typed = xml instanceof TypedXMLStreamReader t ? t : null;
    }

    /** The 0-based column of attribute {@code index}, a reference such as {@code AB12}; {@code fallback} if it is not one. */
    int column(int index, int fallback) throws XMLStreamException {
        if (typed == null) {
            return column(xml.getAttributeValue(index).strip(), fallback);
        }
        column.value = -1;
        typed.getAttributeAs(index, column);
        return column.value < 0 ? fallback : column.value;
    }

    /** The style index of attribute {@code index}; 0 when it is not a whole number. */
    int style(int index) throws XMLStreamException {
        if (typed == null) {
            return XlsxSheetCursor.positive(xml.getAttributeValue(index), 0);
        }
        style.value = 0;
        typed.getAttributeAs(index, style);
        return style.value;
    }

    /** The cell type of attribute {@code index}: one of the known type names (the same instance), or its text. */
    String type(int index) throws XMLStreamException {
        if (typed == null) {
            return xml.getAttributeValue(index).strip();
        }
        type.value = "";
        typed.getAttributeAs(index, type);
        return type.value;
    }

    /** The 0-based column of a cell reference such as {@code AB12}; {@code fallback} without one. */
    static int column(String ref, int fallback) {
        int column = column(ref.toCharArray(), 0, ref.length());
        return column < 0 ? fallback : column;
    }

    /**
     * The 0-based column of the cell reference in {@code ref[start, end)} such as {@code AB12}: its leading
     * letters, up to XFD (16,384 columns); -1 without any or beyond.
     */
    private static int column(char[] ref, int start, int end) {
        int column = 0;
        int i = start;
        while (i < end) {
            char c = Character.toUpperCase(ref[i]);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > 16_384) {
                return -1;
            }
            i++;
        }
        return i == start ? -1 : column - 1;
    }

    /** A cell reference's column ({@link #column(char[], int, int)}). */
    private static final class Column extends TypedValueDecoder {
        int value;

        @Override
        public void decode(String lexical) {
            value = column(lexical, -1);
        }

        @Override
        public void decode(char[] lexical, int start, int end) {
            value = column(lexical, start, end);
        }

        @Override
        public void handleEmptyValue() {
            value = -1;
        }
    }

    /** A style index: plain digits read in place; anything else as {@link XlsxSheetCursor#positive}. */
    private static final class Style extends TypedValueDecoder {
        int value;

        @Override
        public void decode(String lexical) {
            value = XlsxSheetCursor.positive(lexical, 0);
        }

        @Override
        public void decode(char[] lexical, int start, int end) {
            if (end - start <= 9) {
                int n = 0;
                int i = start;
                while (i < end && lexical[i] >= '0' && lexical[i] <= '9') {
                    n = n * 10 + (lexical[i] - '0');
                    i++;
                }
                if (i == end) {
                    value = n;
                    return;
                }
            }
            decode(new String(lexical, start, end - start));
        }

        @Override
        public void handleEmptyValue() {
            value = 0;
        }
    }

    /** A cell type: a known name as its constant, without a new string; any other as its text. */
    private static final class Type extends TypedValueDecoder {
        String value;

        @Override
        public void decode(String lexical) {
            value = lexical;
        }

        @Override
        public void decode(char[] lexical, int start, int end) {
            for (String t : TYPES) {
                if (is(t, lexical, start, end)) {
                    value = t;
                    return;
                }
            }
            value = new String(lexical, start, end - start);
        }

        private static boolean is(String t, char[] lexical, int start, int end) {
            if (t.length() != end - start) {
                return false;
            }
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) != lexical[start + k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void handleEmptyValue() {
            value = "";
        }
    }
}
