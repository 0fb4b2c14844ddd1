package cn.qingdao.hrss.jiuye.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/** The XML of a part, whatever its encoding or version, reads as it did with the JDK parser alone. */
class SafeXmlTest {

    @Test
    void partsInOtherEncodingsAreRead() throws Exception {
        for (String encoding : new String[] {"UTF-8", "UTF-16", "UTF-16LE", "GB18030", "Big5", "IBM037"}) {
            String text = switch (encoding) {
                case "IBM037" -> "cafe";
                case "Big5" -> "單位名稱";
                default -> "单位名称";
            };
            byte[] part = ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><a><t>" + text + "</t></a>")
                    .getBytes(Charset.forName(encoding));
            assertThat(text(part)).as(encoding).isEqualTo(text);
        }
    }

    @Test
    void anXml11PartKeepsItsControlCharacterReferencesAndLineEnds() throws Exception {
        byte[] part = "<?xml version=\"1.1\"?><a><t>a&#1;b\u0085c</t></a>".getBytes(StandardCharsets.UTF_8);
        assertThat(text(part)).isEqualTo("a\u0001b\nc");
    }

    @Test
    void aControlCharacterReferenceInXml10IsAnError() {
        byte[] part = "<?xml version=\"1.0\"?><a><t>a&#1;b</t></a>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> text(part)).isInstanceOfAny(XMLStreamException.class, RuntimeException.class);
    }

    @Test
    void aStartTagOfMoreThan10000AttributesIsRefusedAsTheJdkParserRefusedIt() throws Exception {
        // values with quotes, '=' and '>' of the other kind inside, so that only real attributes count
        assertThat(text(withAttributes(10_000))).isEqualTo("x");
        assertThatThrownBy(() -> text(withAttributes(10_001))).isInstanceOfAny(XMLStreamException.class, RuntimeException.class);
    }

    private static byte[] withAttributes(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><a><!-- <b c=\"1\" d=\"2\"> --><c r=\"A1\"");
        for (int i = 1; i < n; i++) {
            xml.append(i % 2 == 0 ? " a" + i + "=\"x='1'>\"" : " a" + i + "='y=\"2\">'");
        }
        return xml.append("><t>x</t></c></a>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] part) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(part));
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t")) {
                    return xml.getElementText();
                }
            }
            return null;
        } finally {
            xml.close();
        }
    }
}
