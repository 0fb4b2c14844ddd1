package cn.qingdao.hrss.jiuye.workbook;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * StAX readers for the parts of an untrusted .xlsx (SPEC §1: "without trusting the format"):
 * no DTD, no external entities, so a crafted part can neither fetch files nor expand entities.
 *
 * <p>The parser is aalto-xml (issue 5: several times faster than the JDK's on a sheet part). It
 * never processes a DTD whatever it is told: a {@code <!DOCTYPE>} is reported and its internal
 * subset skipped, nothing external is ever read, and a reference to any entity other than the five
 * predefined ones ({@code &x;}, a "billion laughs") is a parse error — the part is UNREADABLE_FILE,
 * as it was with the JDK parser configured the same way. The two properties are set anyway, so the
 * intent does not depend on that. A factory is made per reader (once per sheet, not per row):
 * districts are read in parallel, and nothing is shared between them.
 */
final class SafeXml {

    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = new InputFactoryImpl(); // aalto, not whatever StAX implementation the class path offers
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(in);
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
