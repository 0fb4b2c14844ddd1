package cn.qingdao.hrss.jiuye.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a part with a start tag of more than {@value #LIMIT} attributes, as the JDK's parser does
 * ({@code jdk.xml.elementAttributeLimit}) (rules §1: the format is not trusted). aalto has no such
 * limit, and its time per start tag grows with the square of the attributes: a small crafted file
 * could hold a sheet for hours. The part is failed with an {@link IOException}, which the parser
 * reports as a parse error: UNREADABLE_FILE.
 *
 * <p>Cheap enough to sit in front of every sheet: the bytes are handed on in pieces of at most
 * {@value #PIECE} bytes, and only the bytes before the first {@code <} of a piece and after its last
 * one are looked at. A start tag with more than {@value #LIMIT} attributes is far longer than a
 * piece (each attribute needs a space, a distinct name, {@code =} and two quotes: over 60 KB), so it
 * always begins after the last {@code <} of a piece and runs on into the next ones; a tag that starts
 * and ends between two {@code <} of one piece is too short to matter. From a {@code <} that opens a
 * start tag, every {@code =} outside quotes up to the closing {@code >} is an attribute.
 */
final class AttributeLimit extends FilterInputStream {

    /** The JDK's default {@code jdk.xml.elementAttributeLimit}. */
    static final int LIMIT = 10_000;
    /** The largest piece handed on at once. */
    static final int PIECE = 16 * 1024;

    private enum State { AFTER_LT, START_TAG, OTHER }

    private State state = State.OTHER;
    private byte quote; // the quote of the attribute value being read, 0 outside one
    private int attributes;

    AttributeLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, Math.min(len, PIECE));
        if (n > 0) {
            look(b, off, off + n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read, not skipped: every byte must pass through look()
        byte[] discard = new byte[(int) Math.min(n, PIECE)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void look(byte[] b, int from, int to) throws IOException {
        int first = from;
        while (first < to && b[first] != '<') {
            first++;
        }
        scan(b, from, first); // what the previous piece left open
        if (first == to) {
            return;
        }
        int last = to - 1;
        while (b[last] != '<') {
            last--;
        }
        state = State.AFTER_LT;
        scan(b, last + 1, to);
    }

    /** Follows the bytes of a stretch without {@code <}, counting the attributes of a start tag. */
    private void scan(byte[] b, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            switch (state) {
                case AFTER_LT -> {
                    // an end tag, comment, CDATA, DOCTYPE or processing instruction has no attributes
                    state = c == '/' || c == '!' || c == '?' ? State.OTHER : State.START_TAG;
                    quote = 0;
                    attributes = 0;
                }
                case START_TAG -> {
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '=') {
                        if (++attributes > LIMIT) {
                            throw new IOException("a start tag has more than " + LIMIT + " attributes");
                        }
                    } else if (c == '>') {
                        state = State.OTHER;
                    }
                }
                case OTHER -> {
                    return; // nothing to count until the next '<'
                }
            }
        }
    }
}
