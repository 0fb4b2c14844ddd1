package cn.qingdao.hrss.jiuye.workbook;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for the parts of an untrusted .xlsx (SPEC §1: "without trusting the format"):
 * no DTD, no external entities, so a crafted part can neither fetch files nor expand entities.
 * A factory is made per reader (once per sheet, not per row): factories are not guaranteed to be
 * thread-safe, and districts may be read in parallel.
 */
final class SafeXml {

    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK parser, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(in);
    }
}
