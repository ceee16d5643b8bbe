package cn.taxprocurement.lib.catalogimport;

import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The SAX parser for a workbook's parts: POI's hardened factory, without namespace processing. */
final class Xml {

    private Xml() {}

    /**
     * A parser that refuses any DOCTYPE and never loads an external entity, as POI's own factory configures it.
     * Namespace processing is off because SpreadsheetML is one namespace and binding it per element costs about a
     * tenth of the parse; handlers match local names instead.
     */
    static XMLReader newReader() throws SAXException {
        SAXParserFactory factory = XMLHelper.getSaxParserFactory();
        factory.setNamespaceAware(false);
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** An element's name without its prefix, e.g. {@code row} for {@code x:row}. */
    static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
