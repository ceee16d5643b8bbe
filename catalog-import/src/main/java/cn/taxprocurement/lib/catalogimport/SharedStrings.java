package cn.taxprocurement.lib.catalogimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The workbook's shared-strings table as plain strings: lighter and faster than POI's rich-text tables. */
final class SharedStrings {

    private static final String PART = "共享文字表";

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    /**
     * Reads the table, keeping at most {@code maxCellChars} of each string and refusing more than {@code maxStrings}
     * or more than {@link ImportLimits#MAX_SHARED_STRINGS_BYTES} of XML.
     */
    static SharedStrings read(InputStream xml, int maxCellChars, int maxStrings) throws IOException, SAXException {
        Handler handler = new Handler(maxCellChars, maxStrings);
        Xml.parse(xml, handler, ImportLimits.MAX_SHARED_STRINGS_BYTES, PART);
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
                        throw new CatalogFileRefused(
                                "工作簿的%s超过 %d 条文字的上限，已拒绝导入。请删除不需要的内容或工作表后再上传".formatted(PART, maxStrings));
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
