package cn.taxprocurement.lib.catalogimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The workbook's shared-strings table as plain strings: lighter and faster than POI's rich-text tables. */
final class SharedStrings {

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    /** Reads the table, keeping at most {@code maxCellChars} of each string and refusing more than {@code maxStrings}. */
    static SharedStrings read(InputStream xml, int maxCellChars, int maxStrings) throws IOException, SAXException {
        Handler handler = new Handler(maxCellChars, maxStrings);
        XMLReader reader = Xml.newReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(xml));
        return new SharedStrings(handler.strings);
    }

    /** The string at a cell's index, or {@code null} for an index the table does not have. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    private static final class Handler extends DefaultHandler {
        private final int maxCellChars;
        private final int maxStrings;
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private int phoneticDepth;

        Handler(int maxCellChars, int maxStrings) {
            this.maxCellChars = maxCellChars;
            this.maxStrings = maxStrings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (Xml.localName(qName)) {
                case "si" -> text.setLength(0);
                case "t" -> collecting = phoneticDepth == 0;
                case "rPh" -> phoneticDepth++;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (Xml.localName(qName)) {
                case "si" -> {
                    if (strings.size() == maxStrings) {
                        throw new CatalogFileInvalid("工作簿中的文字条目过多，超出了可导入的行数上限");
                    }
                    strings.add(text.toString());
                }
                case "t" -> collecting = false;
                case "rPh" -> phoneticDepth--;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                Cells.append(text, ch, start, length, maxCellChars);
            }
        }
    }
}
