package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * StAX readers for the parts of an untrusted .xlsx (rules §1: "without trusting the format"):
 * no DTD, no external entities, so a crafted part can neither fetch files nor expand entities.
 *
 * <p>The parser is aalto-xml, several times faster than the JDK's on a sheet part. It
 * never processes a DTD whatever it is told: a {@code <!DOCTYPE>} is reported and its internal
 * subset skipped, nothing external is ever read, and a reference to any entity other than the five
 * predefined ones ({@code &x;}, a "billion laughs") is a parse error — the part is UNREADABLE_FILE,
 * as with the JDK parser configured the same way. The two properties are set anyway, so the intent
 * does not depend on that. Two kinds of part that no office suite writes are read by the JDK parser,
 * because aalto reads them differently: one that declares XML 1.1 (aalto refuses
 * 1.1's character references to control characters and keeps its NEL and LS line ends), and one in
 * EBCDIC (aalto refuses it). A start tag of more than 10,000 attributes is refused as the JDK parser
 * refuses it ({@link AttributeLimit}). A factory is made per reader (once per sheet, not per row): districts
 * are read in parallel, and nothing is shared between them.
 */
final class SafeXml {

    /** Bytes looked at for the XML declaration: {@code <?xml version="1.1"} and some space. */
    private static final int DECLARATION = 64;
    /** {@code <?xm} in EBCDIC: how an XML declaration in an EBCDIC code page starts. */
    private static final byte[] EBCDIC = {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94};
    /** An XML declaration whose version (its first pseudo-attribute) is 1.1. */
    private static final Pattern XML_11 = Pattern.compile("<\\?xml\\s+version\\s*=\\s*[\"']1\\.1[\"']");

    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        PushbackInputStream part = new PushbackInputStream(in, DECLARATION);
        boolean jdk = needsJdkParser(part);
        XMLInputFactory f = jdk
                ? XMLInputFactory.newDefaultFactory() // the JDK parser, whatever else is on the class path
                : new InputFactoryImpl(); // aalto, likewise
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // the JDK parser limits a start tag's attributes itself; aalto is given the same limit
        return f.createXMLStreamReader(jdk ? part : new AttributeLimit(part));
    }

    /** True when the part declares XML 1.1 or is in EBCDIC; the bytes read are pushed back. */
    private static boolean needsJdkParser(PushbackInputStream part) throws XMLStreamException {
        try {
            byte[] head = part.readNBytes(DECLARATION);
            part.unread(head);
            if (Arrays.equals(head, 0, Math.min(head.length, EBCDIC.length), EBCDIC, 0, EBCDIC.length)) {
                return true;
            }
            // the declaration's ASCII, a byte-order mark and the NULs of UTF-16 dropped
            StringBuilder text = new StringBuilder(head.length);
            for (byte b : head) {
                if (b > 0) {
                    text.append((char) b);
                }
            }
            return XML_11.matcher(text).lookingAt();
        } catch (IOException e) {
            throw new XMLStreamException(e); // as the parser reports a failing stream (a zip bomb, say)
        }
    }

    /**
     * The value of the first attribute of the current start tag whose local name is {@code localName},
     * in any namespace, or null. This is what the JDK parser's {@code getAttributeValue(null, name)}
     * returned; aalto's matches attributes without a namespace only, so a crafted {@code x:r} would
     * have been read differently after the change of parser.
     */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
