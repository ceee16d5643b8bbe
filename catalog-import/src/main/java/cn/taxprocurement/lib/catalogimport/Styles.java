package cn.taxprocurement.lib.catalogimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one thing a catalog needs from the styles part: which cell formats show a number as a date. Only the number
 * format of each cell format and the custom number formats are kept, under limits, instead of POI's whole
 * {@code StylesTable}.
 */
final class Styles {

    private static final String PART = "样式表";

    private final int[] numberFormatOfCellFormat;
    private final Map<Integer, String> customFormats;
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();

    private Styles(int[] numberFormatOfCellFormat, Map<Integer, String> customFormats) {
        this.numberFormatOfCellFormat = numberFormatOfCellFormat;
        this.customFormats = customFormats;
    }

    static Styles none() {
        return new Styles(new int[0], Map.of());
    }

    /** Reads the styles part, refusing more than the limits on its size and its numbers of formats. */
    static Styles read(InputStream xml) throws IOException, SAXException {
        Handler handler = new Handler();
        Xml.parse(xml, handler, ImportLimits.MAX_STYLES_BYTES, PART);
        return new Styles(Arrays.copyOf(handler.cellFormats, handler.cellFormatCount), handler.customFormats);
    }

    /** Whether the cell format at this index (a cell's {@code s}) shows numbers as dates. */
    boolean isDate(int cellFormat) {
        if (cellFormat < 0 || cellFormat >= numberFormatOfCellFormat.length) {
            return false;
        }
        return dateFormats.computeIfAbsent(numberFormatOfCellFormat[cellFormat], this::isDateFormat);
    }

    private boolean isDateFormat(int numberFormat) {
        String format = customFormats.get(numberFormat);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(numberFormat);
        }
        return DateUtil.isADateFormat(numberFormat, format);
    }

    private static final class Handler extends DefaultHandler {
        private int[] cellFormats = new int[64];
        private int cellFormatCount;
        private int styleFormatCount;
        private int numberFormatCount;
        private final Map<Integer, String> customFormats = new HashMap<>();
        private String list = "";

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (Xml.localName(qName)) {
                case "cellXfs", "cellStyleXfs" -> list = Xml.localName(qName);
                case "xf" -> cellFormat(attributes);
                case "numFmt" -> numberFormat(attributes);
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = Xml.localName(qName);
            if (name.equals("cellXfs") || name.equals("cellStyleXfs")) {
                list = "";
            }
        }

        private void cellFormat(Attributes attributes) {
            if ((list.equals("cellStyleXfs") && ++styleFormatCount > ImportLimits.MAX_CELL_FORMATS)
                    || (list.equals("cellXfs") && cellFormatCount == ImportLimits.MAX_CELL_FORMATS)) {
                throw new CatalogFileRefused(
                        "工作簿的%s超过 %d 种单元格格式的上限，已拒绝导入。请清除多余的格式后再上传".formatted(PART, ImportLimits.MAX_CELL_FORMATS));
            }
            if (!list.equals("cellXfs")) {
                return;
            }
            if (cellFormatCount == cellFormats.length) {
                cellFormats =
                        Arrays.copyOf(cellFormats, Math.min(cellFormats.length * 2, ImportLimits.MAX_CELL_FORMATS));
            }
            cellFormats[cellFormatCount++] = Math.max(0, Cells.number(attributes.getValue("numFmtId")));
        }

        private void numberFormat(Attributes attributes) {
            if (++numberFormatCount > ImportLimits.MAX_NUMBER_FORMATS) {
                throw new CatalogFileRefused(
                        "工作簿的%s超过 %d 种数字格式的上限，已拒绝导入。请清除多余的格式后再上传".formatted(PART, ImportLimits.MAX_NUMBER_FORMATS));
            }
            int id = Cells.number(attributes.getValue("numFmtId"));
            String code = attributes.getValue("formatCode");
            if (id >= 0 && code != null) {
                customFormats.put(id, code);
            }
        }
    }
}
