package cn.qingdao.hrss.jiuye.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

/**
 * Streams the rows of an .xlsx sheet part straight from its UTF-8 bytes (rules §3), one {@code <row>} at a
 * time, reading each row exactly as {@link XlsxSheetCursor} reads it with StAX: the same cells, values and
 * fallbacks, the same parts refused.
 *
 * <p>Why a scanner of the pipeline's own: a quarter's sheets are some 650 MB of XML, and a general parser
 * (aalto, the fastest StAX parser at hand) builds events, names and strings for all of it, while the rows
 * need a handful of elements and three attributes. This
 * scanner looks at each byte once, makes a {@code String} only of the text of a {@code <v>} or {@code <t>}, and
 * reads {@code r}, {@code t} and {@code s} in place; the reader needs about a fifth less CPU for a quarter and
 * is as fast as fastexcel-reader, which reads no merges and cleans no text (docs/performance.md).
 *
 * <p>It takes only the parts every office suite writes — UTF-8, XML 1.0, no document type declaration — and
 * {@link #open} hands any other part to {@link XlsxSheetCursor} (the JDK's or aalto's parser, {@link SafeXml}),
 * so what is unusual is read by a general parser. Within a part it holds to XML 1.0 as far as the rows
 * depend on it (rules §1, "without trusting the format"): tags nest and close, the five predefined entities
 * and character references are the only references (any other is an error: nothing is expanded, nothing
 * fetched), characters are legal XML characters in valid UTF-8, line ends are normalised, and a start tag
 * of more than {@value AttributeLimit#LIMIT} attributes is refused as the other parsers refuse it. It does not
 * check what no row depends on: that a name is a legal XML name or its prefix declared. Anything it refuses
 * makes the sheet UNREADABLE_FILE, as a parse error of the other parsers does.
 *
 * <p>Memory: one buffer of {@value #BUFFER} bytes (a start tag longer than that, which no office suite writes,
 * grows it to the tag's length), the text of one value and the names of the open elements.
 */
final class XlsxSheetScanner implements RowCursor {

    /** Bytes read from the part at a time; also how much of its start {@link #open} looks at. */
    static final int BUFFER = 1 << 16;

    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] IS = ascii("is");
    private static final byte[] T = ascii("t");
    private static final byte[] R = ascii("r");
    private static final byte[] S = ascii("s");
    private static final byte[] RPH = ascii("rPh");
    private static final byte[] PHONETIC_PR = ascii("phoneticPr");

    private static final Pattern VERSION = Pattern.compile("\\bversion\\s*=\\s*([\"'])([^\"']*)\\1");
    private static final Pattern ENCODING = Pattern.compile("\\bencoding\\s*=\\s*([\"'])([^\"']*)\\1");

    /** What {@link #advance} stopped at. */
    private static final int START = 1;
    private static final int END = 2;
    private static final int END_OF_PART = 3;

    private final String fileName;
    private final String sheet;
    private final InputStream in;
    private final XlsxCellDecoder cells;

    private byte[] buf;
    private int pos;
    private int limit;
    private boolean endOfStream;

    /** The current start tag: where its name is in {@link #buf}. */
    private int nameFrom;
    private int nameTo;
    /** The current start tag closed itself ({@code <c/>}): the next {@link #advance} reports its end. */
    private boolean emptyElement;

    /** The qualified names of the open elements, one after the other in {@link #names}. */
    private byte[] names = new byte[256];
    private int[] nameStarts = new int[16];
    /** Where {@link #names} ends: just past the innermost open element's name. */
    private int namesEnd;
    private int depth;
    private boolean rootDone;

    /** Text being collected (of a {@code <v>} or {@code <t>}), as UTF-8 with references resolved. */
    private byte[] text = new byte[256];
    private int textLength;
    /** Collect the text between tags into {@link #text}; otherwise it is only checked. */
    private boolean collecting;

    private final SheetRows rows = new SheetRows();

    private XlsxSheetScanner(String fileName, String sheet, InputStream in, XlsxCellDecoder cells,
                             byte[] head, int from, int length) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.in = in;
        this.cells = cells;
        this.buf = Arrays.copyOf(head, Math.max(BUFFER, length));
        this.pos = from;
        this.limit = length;
    }

    /**
     * The rows of a sheet part: this scanner for a part in UTF-8 and XML 1.0 whose root element starts within
     * its first {@value #BUFFER} bytes without a document type declaration before it, else
     * {@link XlsxSheetCursor}. Closing the cursor closes {@code in}.
     */
    static RowCursor open(String fileName, String sheet, InputStream in, XlsxCellDecoder cells)
            throws IOException, XMLStreamException {
        byte[] head = in.readNBytes(BUFFER);
        int root = rootElement(head, head.length);
        if (root >= 0) {
            return new XlsxSheetScanner(fileName, sheet, in, cells, head, root, head.length);
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), in);
        return new XlsxSheetCursor(fileName, sheet, whole, cells);
    }

    /**
     * Where the root element's start tag begins, when what comes before it is an optional UTF-8 byte-order mark,
     * an XML declaration of version 1.0 in UTF-8 (or none), white space, comments and processing instructions;
     * otherwise -1 (another version or encoding, a document type declaration, UTF-16, a prolog past the head).
     */
    static int rootElement(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            i = 3;
        }
        if (startsWith(head, length, i, "<?xml") && i + 5 < length && isSpace(head[i + 5])) {
            int end = indexOf(head, length, i, "?>");
            if (end < 0 || !plainDeclaration(new String(head, i, end - i, StandardCharsets.ISO_8859_1))) {
                return -1;
            }
            i = end + 2;
        }
        while (i < length) {
            byte b = head[i];
            if (isSpace(b)) {
                i++;
            } else if (startsWith(head, length, i, "<!--")) {
                int end = indexOf(head, length, i + 4, "-->");
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (startsWith(head, length, i, "<?")) {
                int end = indexOf(head, length, i + 2, "?>");
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (b == '<' && i + 1 < length && isNameStart(head[i + 1])) {
                return i;
            } else {
                return -1; // <!DOCTYPE, text, or not UTF-8 at all
            }
        }
        return -1;
    }

    /** An XML declaration (its text up to {@code ?>}) of version 1.0 and of no encoding or UTF-8. */
    private static boolean plainDeclaration(String declaration) {
        Matcher version = VERSION.matcher(declaration);
        if (!version.find() || !"1.0".equals(version.group(2))) {
            return false;
        }
        Matcher encoding = ENCODING.matcher(declaration);
        if (!encoding.find()) {
            return true;
        }
        String name = encoding.group(2).toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8");
    }

    @Override
    public RawRow next() throws WorkbookException {
        try {
            while (true) {
                int event = advance();
                if (event == END_OF_PART) {
                    return null;
                }
                if (event == START && localNameIs(ROW)) {
                    return readRow();
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw FileMessages.unreadableSheet(fileName, sheet, e);
        }
    }

    private RawRow readRow() throws XMLStreamException, IOException {
        int r = rowNumberAttribute();
        int rowNumber = rows.number(r);
        List<RawCell> row = rows.cells();
        int lastColumn = -1;
        int rowDepth = depth;
        while (true) {
            int event = advance();
            if (event == START && localNameIs(C)) {
                RawCell cell = readCell(lastColumn + 1);
                lastColumn = cell.column();
                row.add(cell);
            } else if (event == END && depth < rowDepth) {
                break;
            } else if (event == END_OF_PART) {
                throw new XMLStreamException("the part ends inside a row");
            }
        }
        return rows.row(rowNumber, row);
    }

    /** Reads one {@code <c>}, the scanner left after its end tag. */
    private RawCell readCell(int defaultColumn) throws XMLStreamException, IOException {
        // one pass over the attributes, the first of each name in any namespace (as XlsxSheetCursor)
        int column = -1;
        String type = null;
        int style = -1;
        for (int a = 0; a < attributeCount; a++) {
            select(a);
            if (column < 0 && attributeIs(R)) {
                column = column(defaultColumn);
            } else if (type == null && attributeIs(T)) {
                type = type();
            } else if (style < 0 && attributeIs(S)) {
                style = style();
            }
        }
        String value = null;
        String inline = null;
        int cellDepth = depth;
        while (true) {
            int event = advance();
            if (event == START) {
                if (localNameIs(V)) {
                    value = elementText();
                } else if (localNameIs(IS)) {
                    inline = readInlineString();
                } else {
                    skipElement(); // <f>, <extLst>
                }
            } else if (event == END && depth < cellDepth) {
                break;
            } else if (event == END_OF_PART) {
                throw new XMLStreamException("the part ends inside a cell");
            }
        }
        return cells.decode(column < 0 ? defaultColumn : column, type, Math.max(style, 0), value, inline);
    }

    /** The text of an {@code <is>}: its {@code <t>}, or the {@code <t>} of each {@code <r>} run joined. */
    private String readInlineString() throws XMLStreamException, IOException {
        SheetRows.InlineText text = new SheetRows.InlineText();
        int isDepth = depth;
        while (true) {
            int event = advance();
            if (event == START) {
                if (localNameIs(T)) {
                    text.add(elementText());
                } else if (localNameIs(RPH) || localNameIs(PHONETIC_PR)) {
                    skipElement();
                }
            } else if (event == END && depth < isDepth) {
                return text.text();
            } else if (event == END_OF_PART) {
                throw new XMLStreamException("the part ends inside an inline string");
            }
        }
    }

    /** The text of the element just started, up to its end; an element inside it is an error (as StAX's {@code getElementText}). */
    private String elementText() throws XMLStreamException, IOException {
        textLength = 0;
        collecting = true;
        try {
            int event = advance();
            if (event != END) {
                throw new XMLStreamException("an element inside a text-only element");
            }
        } finally {
            collecting = false;
        }
        return decodeText();
    }

    /** Skips the element just started, with everything inside it. */
    private void skipElement() throws XMLStreamException, IOException {
        int from = depth;
        while (true) {
            int event = advance();
            if (event == END && depth < from) {
                return;
            }
            if (event == END_OF_PART) {
                throw new XMLStreamException("the part ends inside an element");
            }
        }
    }

    // ---- the markup ---------------------------------------------------------------------------------------

    /**
     * Moves to the next start or end tag, or the end of the part, passing over text (collected when
     * {@link #collecting}), comments, processing instructions and CDATA sections (their text collected too).
     * After a start tag its name and attributes are in {@link #buf} until the next call; after an end tag the
     * element is closed ({@link #depth} one less).
     */
    private int advance() throws XMLStreamException, IOException {
        if (emptyElement) {
            emptyElement = false;
            pop();
            return END;
        }
        while (true) {
            text();
            if (pos >= limit && !fill()) {
                if (depth > 0 || !rootDone) {
                    throw new XMLStreamException("the part ends before its elements are closed");
                }
                return END_OF_PART;
            }
            // buf[pos] == '<'
            if (!ensure(2)) {
                throw new XMLStreamException("the part ends inside markup");
            }
            byte next = buf[pos + 1];
            if (next == '/') {
                endTag();
                return END;
            } else if (next == '!') {
                special();
            } else if (next == '?') {
                skipPast(pos + 2, '?', '>', "a processing instruction");
            } else {
                startTag();
                return START;
            }
        }
    }

    /** Passes over the text before the next {@code <}: collected, or checked for what text may not hold. */
    private void text() throws XMLStreamException, IOException {
        while (true) {
            int i = pos;
            byte[] b = buf;
            int end = limit;
            while (i < end && (CLASS[b[i] & 0xFF] & TEXT_SPECIAL) == 0) {
                i++; // up to markup, a reference, a carriage return or a control character
            }
            if (i > pos) {
                if (collecting) {
                    appendText(b, pos, i - pos);
                } else if (rootDone && depth == 0) {
                    afterRoot(pos, i);
                }
            }
            pos = i;
            if (i >= end) {
                if (!fill()) {
                    return;
                }
                continue;
            }
            byte c = b[i];
            if (c == '<') {
                return;
            }
            if (c == '&') {
                reference();
            } else if (c == '\r') { // XML 1.0 §2.11: CR LF and a lone CR are each one line feed
                pos++;
                if (collecting) {
                    appendByte((byte) '\n');
                    if (ensure(1) && buf[pos] == '\n') {
                        pos++;
                    }
                }
            } else {
                throw new XMLStreamException("a control character (code " + c + ") in the text");
            }
        }
    }

    /** Non-white-space text after the root element ends is not XML. */
    private void afterRoot(int from, int to) throws XMLStreamException {
        for (int i = from; i < to; i++) {
            if (!isSpace(buf[i])) {
                throw new XMLStreamException("text after the root element");
            }
        }
    }

    /** An entity or character reference at {@link #pos}: one of the five predefined entities or a character. */
    private void reference() throws XMLStreamException, IOException {
        ensure(12); // the longest legal reference, &#x0010FFFF; with room to spare
        int semicolon = -1;
        for (int i = pos + 1; i < limit && i < pos + 12; i++) {
            if (buf[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw new XMLStreamException("an unterminated or overlong reference");
        }
        int codePoint = referencedCharacter(buf, pos + 1, semicolon);
        pos = semicolon + 1;
        if (rootDone && depth == 0) {
            throw new XMLStreamException("a reference after the root element");
        }
        if (collecting) {
            appendCodePoint(codePoint);
        }
    }

    /** The character a reference's name {@code [from, to)} (between {@code &} and {@code ;}) stands for. */
    private static int referencedCharacter(byte[] b, int from, int to) throws XMLStreamException {
        int n = to - from;
        if (n >= 2 && b[from] == '#') {
            boolean hex = b[from + 1] == 'x';
            int i = from + (hex ? 2 : 1);
            if (i == to) {
                throw new XMLStreamException("an empty character reference");
            }
            int codePoint = 0;
            for (; i < to; i++) {
                int digit = Character.digit(b[i], hex ? 16 : 10);
                if (digit < 0 || codePoint > 0x10FFFF) {
                    throw new XMLStreamException("a malformed character reference");
                }
                codePoint = codePoint * (hex ? 16 : 10) + digit;
            }
            if (!isXmlCharacter(codePoint)) {
                throw new XMLStreamException("a reference to a character XML 1.0 does not allow (code " + codePoint + ")");
            }
            return codePoint;
        }
        String name = new String(b, from, n, StandardCharsets.ISO_8859_1);
        return switch (name) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw new XMLStreamException("a reference to an undeclared entity: nothing is expanded");
        };
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** {@code <!--} a comment, {@code <![CDATA[} a CDATA section (text); nothing else may start with {@code <!} here. */
    private void special() throws XMLStreamException, IOException {
        ensure(9);
        if (startsWith(buf, limit, pos, "<!--")) {
            skipPast(pos + 4, '-', '-', "a comment");
            if (!ensure(1) || buf[pos] != '>') {
                throw new XMLStreamException("-- inside a comment");
            }
            pos++;
        } else if (startsWith(buf, limit, pos, "<![CDATA[")) {
            if (depth == 0) {
                throw new XMLStreamException("a CDATA section outside the root element");
            }
            cdata();
        } else {
            throw new XMLStreamException("a document type declaration or other markup inside the root element");
        }
    }

    /** The content of a CDATA section, collected as text (line ends normalised, no references). */
    private void cdata() throws XMLStreamException, IOException {
        pos += 9;
        while (true) {
            if (!ensure(3)) {
                throw new XMLStreamException("the part ends inside a CDATA section");
            }
            byte c = buf[pos];
            if (c == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            if (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new XMLStreamException("a control character (code " + c + ") in a CDATA section");
            }
            pos++;
            if (c == '\r') {
                c = '\n';
                if (buf[pos] == '\n') { // ensure(3) above: the byte is there
                    pos++;
                }
            }
            if (collecting) {
                appendByte(c);
            }
        }
    }

    /** Moves past the first {@code first second} pair at or after {@code from} (a comment's {@code --}, a PI's {@code ?>}). */
    private void skipPast(int from, char first, char second, String what) throws XMLStreamException, IOException {
        pos = from;
        while (true) {
            if (!ensure(2)) {
                throw new XMLStreamException("the part ends inside " + what);
            }
            if (buf[pos] == first && buf[pos + 1] == second) {
                pos += 2;
                return;
            }
            pos++;
        }
    }

    /** The start tag at {@link #pos}: its name and attributes noted, the element opened (or, if empty, about to close). */
    private void startTag() throws XMLStreamException, IOException {
        if (rootDone) {
            throw new XMLStreamException("a second root element");
        }
        while (!parseStartTag()) { // the tag runs on past the buffer: read on and parse it again, whole
            if (!fill()) {
                throw new XMLStreamException("the part ends inside a start tag");
            }
        }
        push(buf, nameFrom, nameTo);
    }

    /**
     * Parses the start tag at {@link #pos} in one pass — its name, each attribute's name and value (noted in
     * {@link #attributes}), the closing {@code >} or {@code />} — and moves past it; false, with nothing moved,
     * when the buffer ends first.
     */
    private boolean parseStartTag() throws XMLStreamException {
        byte[] b = buf;
        int end = limit;
        int i = pos + 1;
        int name = i;
        while (i < end && (CLASS[b[i] & 0xFF] & NAME_END) == 0) {
            i++;
        }
        int nameEnd = i;
        if (nameEnd == name && i < end) {
            throw new XMLStreamException("a start tag without a name");
        }
        int count = 0;
        while (true) {
            boolean spaced = false;
            while (i < end && isSpace(b[i])) {
                i++;
                spaced = true;
            }
            if (i >= end) {
                return false;
            }
            byte c = b[i];
            if (c == '>' || c == '/') {
                if (c == '/') {
                    if (i + 1 >= end) {
                        return false;
                    }
                    if (b[i + 1] != '>') {
                        throw new XMLStreamException("a / inside a start tag");
                    }
                    i++;
                }
                emptyElement = c == '/';
                nameFrom = name;
                nameTo = nameEnd;
                attributeCount = count;
                pos = i + 1;
                return true;
            }
            if (!spaced) {
                throw new XMLStreamException(count == 0 ? "a malformed element name" : "no space between attributes");
            }
            int attributeName = i;
            while (i < end && (CLASS[b[i] & 0xFF] & NAME_END) == 0 && b[i] != '=') {
                i++;
            }
            int attributeNameEnd = i;
            while (i < end && isSpace(b[i])) {
                i++;
            }
            if (i + 1 >= end) {
                return false;
            }
            if (b[i] != '=' || attributeNameEnd == attributeName) {
                throw new XMLStreamException("a malformed attribute");
            }
            i++;
            while (i < end && isSpace(b[i])) {
                i++;
            }
            if (i >= end) {
                return false;
            }
            byte quote = b[i];
            if (quote != '"' && quote != '\'') {
                throw new XMLStreamException("an attribute value without quotes");
            }
            int value = ++i;
            boolean plain = true;
            while (true) {
                while (i < end && (CLASS[b[i] & 0xFF] & VALUE_SPECIAL) == 0) {
                    i++;
                }
                if (i >= end) {
                    return false;
                }
                c = b[i];
                if (c == quote) {
                    break;
                }
                if (c == '<') {
                    throw new XMLStreamException("a < inside an attribute value");
                }
                if (c != '&' && c != '\t' && c != '\n' && c != '\r' && c != '"' && c != '\'') {
                    throw new XMLStreamException("a control character (code " + c + ") in an attribute value");
                }
                plain &= c == '"' || c == '\''; // the other quote is plain text; a reference or white space is not
                i++;
            }
            if (++count > AttributeLimit.LIMIT) {
                throw new XMLStreamException("a start tag has more than " + AttributeLimit.LIMIT + " attributes");
            }
            int k = (count - 1) * 5;
            if (k + 5 > attributes.length) {
                attributes = Arrays.copyOf(attributes, attributes.length * 2);
            }
            attributes[k] = attributeName;
            attributes[k + 1] = attributeNameEnd;
            attributes[k + 2] = value;
            attributes[k + 3] = i;
            attributes[k + 4] = plain ? 1 : 0;
            i++; // past the closing quote
        }
    }

    /**
     * The current start tag's attributes, five numbers each: where its name starts and ends in {@link #buf},
     * where its value starts and ends, and 1 when the value is plain (no reference, no white space that
     * normalising would turn into a space).
     */
    private int[] attributes = new int[40];
    private int attributeCount;

    // the attribute selected by select(): its name and its value (inside the quotes) in buf
    private int attributeNameFrom;
    private int attributeNameTo;
    private int valueFrom;
    private int valueTo;
    private boolean valuePlain;

    /** Makes attribute {@code index} of the current start tag the one the name and value methods look at. */
    private void select(int index) {
        int k = index * 5;
        attributeNameFrom = attributes[k];
        attributeNameTo = attributes[k + 1];
        valueFrom = attributes[k + 2];
        valueTo = attributes[k + 3];
        valuePlain = attributes[k + 4] == 1;
    }

    /** The end tag at {@link #pos}: it must close the innermost open element. */
    private void endTag() throws XMLStreamException, IOException {
        int i = pos + 2;
        while (true) {
            if (i >= limit) {
                int offset = i - pos;
                if (!fill()) {
                    throw new XMLStreamException("the part ends inside an end tag");
                }
                i = pos + offset;
                continue;
            }
            if (buf[i] == '>') {
                break;
            }
            i++;
        }
        int nameEnd = i;
        while (nameEnd > pos + 2 && isSpace(buf[nameEnd - 1])) {
            nameEnd--;
        }
        if (depth == 0) {
            throw new XMLStreamException("an end tag without a start tag");
        }
        if (!Arrays.equals(names, nameStarts[depth - 1], namesEnd, buf, pos + 2, nameEnd)) {
            throw new XMLStreamException("an end tag that does not match its start tag");
        }
        pop();
        pos = i + 1;
    }

    private void pop() {
        namesEnd = nameStarts[--depth];
        if (depth == 0) {
            rootDone = true;
        }
    }

    private void push(byte[] b, int from, int to) {
        int length = to - from;
        if (depth == nameStarts.length) {
            nameStarts = Arrays.copyOf(nameStarts, depth * 2);
        }
        if (namesEnd + length > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesEnd + length));
        }
        nameStarts[depth++] = namesEnd;
        System.arraycopy(b, from, names, namesEnd, length);
        namesEnd += length;
    }

    // ---- names and values ---------------------------------------------------------------------------------

    /** The current start tag's local name (after any prefix) is {@code name}. */
    private boolean localNameIs(byte[] name) {
        return localPartIs(nameFrom, nameTo, name);
    }

    /** The current attribute's local name is {@code name}; a namespace declaration ({@code xmlns:r}) is no attribute. */
    private boolean attributeIs(byte[] name) {
        boolean declaration = attributeNameTo - attributeNameFrom == name.length + 6
                && startsWith(buf, attributeNameTo, attributeNameFrom, "xmlns:");
        return !declaration && localPartIs(attributeNameFrom, attributeNameTo, name);
    }

    private boolean localPartIs(int from, int to, byte[] name) {
        int start = to - name.length;
        if (start < from || (start > from && buf[start - 1] != ':')) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (buf[start + k] != name[k]) {
                return false;
            }
        }
        // a prefix, if any, has no colon of its own: "a:b:r" is no name in a namespace-aware document
        for (int k = from; k < start - 1; k++) {
            if (buf[k] == ':') {
                return false;
            }
        }
        return true;
    }

    /** The row's {@code r}, the first in any namespace, as {@link XlsxSheetCursor#positive}; 0 without one. */
    private int rowNumberAttribute() throws XMLStreamException {
        for (int a = 0; a < attributeCount; a++) {
            select(a);
            if (attributeIs(R)) {
                if (valuePlain) {
                    int n = digits(valueFrom, valueTo, -1);
                    if (n >= 0) {
                        return n;
                    }
                }
                return XlsxSheetCursor.positive(value(), 0);
            }
        }
        return 0;
    }

    /** A cell reference's 0-based column (as {@link CellAttributes}): its leading letters, up to XFD; else the fallback. */
    private int column(int fallback) throws XMLStreamException {
        if (!valuePlain) {
            return CellAttributes.column(value().strip(), fallback);
        }
        int from = valueFrom;
        int to = valueTo;
        while (from < to && isSpace(buf[from])) {
            from++;
        }
        int column = 0;
        int i = from;
        while (i < to) {
            int c = buf[i] & 0xDF; // upper case, for letters
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > 16_384) {
                return fallback;
            }
            i++;
        }
        return i == from ? fallback : column - 1;
    }

    /** A cell type: a known name as its constant (the same instance), any other as its text, white space stripped. */
    private String type() throws XMLStreamException {
        if (!valuePlain) {
            return value().strip();
        }
        int from = valueFrom;
        int to = valueTo;
        while (from < to && isSpace(buf[from])) {
            from++;
        }
        while (to > from && isSpace(buf[to - 1])) {
            to--;
        }
        for (String t : CellAttributes.TYPES) {
            if (t.length() == to - from && startsWith(buf, to, from, t)) {
                return t;
            }
        }
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** A style index; 0 when it is not a whole number (as {@link XlsxSheetCursor#positive}). */
    private int style() throws XMLStreamException {
        if (valuePlain) {
            int n = digits(valueFrom, valueTo, -1);
            if (n >= 0) {
                return n;
            }
        }
        return XlsxSheetCursor.positive(value(), 0);
    }

    /** The plain digits of {@code [from, to)} (at most nine) as a number, else {@code otherwise}. */
    private int digits(int from, int to, int otherwise) {
        if (to == from || to - from > 9) {
            return otherwise;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < '0' || c > '9') {
                return otherwise;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The current attribute value as XML reads it: references resolved, each white-space character a space. */
    private String value() throws XMLStreamException {
        StringBuilder sb = new StringBuilder(valueTo - valueFrom);
        int i = valueFrom;
        int run = i;
        while (i < valueTo) {
            byte c = buf[i];
            if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
                sb.append(utf8(buf, run, i));
                if (c == '&') {
                    int semicolon = i + 1;
                    while (semicolon < valueTo && buf[semicolon] != ';') {
                        semicolon++;
                    }
                    if (semicolon == valueTo) {
                        throw new XMLStreamException("an unterminated reference in an attribute value");
                    }
                    sb.appendCodePoint(referencedCharacter(buf, i + 1, semicolon));
                    i = semicolon + 1;
                } else {
                    if (c != '\n' || i == valueFrom || buf[i - 1] != '\r') { // CR LF is one line end: one space
                        sb.append(' ');
                    }
                    i++;
                }
                run = i;
            } else {
                i++;
            }
        }
        return sb.append(utf8(buf, run, valueTo)).toString();
    }

    // ---- text ---------------------------------------------------------------------------------------------

    private void appendText(byte[] b, int from, int length) {
        if (textLength + length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(b, from, text, textLength, length);
        textLength += length;
    }

    private void appendByte(byte c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private void appendCodePoint(int codePoint) {
        byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        appendText(utf8, 0, utf8.length);
    }

    /** The collected text as a string; text that is not valid UTF-8 is an error, as in any XML parser. */
    private String decodeText() throws XMLStreamException {
        return utf8(text, 0, textLength);
    }

    private static String utf8(byte[] b, int from, int to) throws XMLStreamException {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) { // a replacement: the bytes may not be UTF-8 at all
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, to - from));
            } catch (CharacterCodingException e) {
                throw new XMLStreamException("text that is not UTF-8", e);
            }
        }
        return s;
    }

    // ---- the buffer ---------------------------------------------------------------------------------------

    /**
     * Reads more of the part behind what is left from {@link #pos} (moved to the start of the buffer, which grows
     * when all of it is left); false at the end of the part.
     */
    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int left = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, left);
            pos = 0;
            limit = left;
        } else if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a start tag longer than the buffer
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            endOfStream = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** At least {@code n} bytes from {@link #pos} in the buffer, reading on as needed; false if the part ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // read-only stream of a package part: nothing to recover
        }
    }

    // ---- bytes --------------------------------------------------------------------------------------------

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Byte classes: the end of a name (white space, {@code /}, {@code >}), what ends a plain run of an attribute value. */
    private static final byte NAME_END = 1;
    private static final byte VALUE_SPECIAL = 2;
    /** What ends a plain run of text: markup, a reference, a carriage return, a control character. */
    private static final byte TEXT_SPECIAL = 4;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            CLASS[c] |= VALUE_SPECIAL;
        }
        for (char c : new char[] {' ', '\t', '\n', '\r', '/', '>', '<'}) {
            CLASS[c] |= NAME_END;
        }
        for (char c : new char[] {'<', '&', '"', '\''}) {
            CLASS[c] |= VALUE_SPECIAL;
        }
        for (int c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n') {
                CLASS[c] |= TEXT_SPECIAL;
            }
        }
        CLASS['<'] |= TEXT_SPECIAL;
        CLASS['&'] |= TEXT_SPECIAL;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isNameStart(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c < 0;
    }

    private static boolean startsWith(byte[] b, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (b[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int length, int from, String s) {
        for (int i = from; i + s.length() <= length; i++) {
            if (startsWith(b, length, i, s)) {
                return i;
            }
        }
        return -1;
    }
}
