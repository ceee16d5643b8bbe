package cn.taxprocurement.lib.catalogimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The SAX parser for a workbook's parts: POI's hardened factory, without namespace processing, under limits. */
final class Xml {

    private Xml() {}

    /**
     * Parses one part with {@code handler}, refusing it once more than {@code maxBytes} have been inflated from it, a
     * tag grows longer than {@link ImportLimits#MAX_TAG_BYTES} or elements nest deeper than
     * {@link ImportLimits#MAX_XML_DEPTH}: the parser holds a whole tag in memory and a stack entry per open element.
     *
     * @param part what the vendor calls the part in a refusal, e.g. 共享文字表
     */
    static void parse(InputStream xml, DefaultHandler handler, long maxBytes, String part)
            throws IOException, SAXException {
        XMLReader reader = newReader();
        reader.setContentHandler(new DepthLimit(handler, part));
        reader.parse(new InputSource(new Limited(xml, maxBytes, part)));
    }

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

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** Counts the inflated bytes of a part and the length of the tag being read, whatever the compression ratio. */
    private static final class Limited extends FilterInputStream {
        private final long maxBytes;
        private final String part;
        private long read;
        private boolean inTag;
        private int quote;
        private int tagBytes;

        Limited(InputStream in, long maxBytes, String part) {
            super(in);
            this.maxBytes = maxBytes;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int count = super.read(bytes, offset, length);
            if (count <= 0) {
                return count;
            }
            read += count;
            if (read > maxBytes) {
                throw new CatalogFileRefused(
                        "工作簿的%s解压后超过 %s 的上限，已拒绝导入。请删除不需要的内容或工作表后再上传".formatted(part, megabytes(maxBytes)));
            }
            scanTags(bytes, offset, count);
            return count;
        }

        // '<', '>' and quotes are ASCII, so they never occur inside a multi-byte UTF-8 character.
        private void scanTags(byte[] bytes, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                byte b = bytes[i];
                if (!inTag) {
                    if (b == '<') {
                        inTag = true;
                        tagBytes = 0;
                    }
                    continue;
                }
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '>') {
                    inTag = false;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                }
                if (++tagBytes > ImportLimits.MAX_TAG_BYTES) {
                    throw new CatalogFileRefused(
                            "工作簿的%s中有一个 XML 标记超过 %s 的上限，已拒绝导入".formatted(part, megabytes(ImportLimits.MAX_TAG_BYTES)));
                }
            }
        }
    }

    /** Refuses elements nested deeper than any workbook needs, before the parser's stack of open elements grows. */
    private static final class DepthLimit extends DefaultHandler {
        private final DefaultHandler handler;
        private final String part;
        private int depth;

        DepthLimit(DefaultHandler handler, String part) {
            this.handler = handler;
            this.part = part;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++depth > ImportLimits.MAX_XML_DEPTH) {
                throw new CatalogFileRefused(
                        "工作簿的%s中 XML 元素嵌套超过 %d 层的上限，已拒绝导入".formatted(part, ImportLimits.MAX_XML_DEPTH));
            }
            handler.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            handler.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            handler.characters(ch, start, length);
        }
    }
}
