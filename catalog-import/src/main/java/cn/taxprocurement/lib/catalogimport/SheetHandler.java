package cn.taxprocurement.lib.catalogimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of one worksheet into catalog rows: the first non-blank row is the header, every later
 * non-blank row a {@link CatalogRow}.
 */
final class SheetHandler extends DefaultHandler {

    private static final CatalogColumn[] COLUMNS = CatalogColumn.values();
    private static final int MAX_ROWS_BEFORE_HEADER = 10;

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final int maxRows;
    private final Consumer<CatalogRow> rows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    /** Sheet column → catalog column; {@code null} until the header row has been read. */
    private CatalogColumn[] columnsBySheetIndex;

    private final Map<Integer, String> headerCells = new TreeMap<>();
    private final String[] texts = new String[COLUMNS.length];
    private final List<RowError> cellErrors = new ArrayList<>();
    private int rowNumber;
    private int dataRows;
    private int rowsBeforeHeader;

    private CatalogColumn cellColumn;
    private boolean cellTarget;
    private int cellIndex;
    private String cellType;
    private String cellStyle;
    private boolean cellHasFormula;
    private boolean cellHasValue;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private StringBuilder collecting;
    private int phoneticDepth;

    SheetHandler(SharedStrings sharedStrings, StylesTable styles, int maxRows, Consumer<CatalogRow> rows) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.maxRows = maxRows;
        this.rows = rows;
    }

    int dataRows() {
        return dataRows;
    }

    boolean headerFound() {
        return columnsBySheetIndex != null;
    }

    /** Whether the sheet had text but no row naming a catalog column. */
    boolean textWithoutHeader() {
        return columnsBySheetIndex == null && rowsBeforeHeader > 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (Xml.localName(qName)) {
            case "c" -> startCell(attributes);
            case "v" -> startValue(value);
            case "t" -> startValue(phoneticDepth == 0 ? value : null);
            case "f" -> {
                cellHasFormula = true;
                startValue(formula);
            }
            case "rPh" -> phoneticDepth++;
            case "row" -> startRow(attributes);
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (Xml.localName(qName)) {
            case "v", "t", "f" -> collecting = null;
            case "c" -> endCell();
            case "rPh" -> phoneticDepth--;
            case "row" -> endRow();
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            Cells.append(collecting, ch, start, length, Cells.MAX_CELL_CHARS);
        }
    }

    private void startRow(Attributes attributes) {
        String reference = attributes.getValue("r");
        int number = reference == null ? -1 : index(reference);
        rowNumber = number > 0 ? number : rowNumber + 1;
        cellIndex = -1;
        Arrays.fill(texts, null);
        headerCells.clear();
        cellErrors.clear();
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        cellIndex = reference == null ? cellIndex + 1 : Cells.columnIndex(reference);
        if (columnsBySheetIndex == null) {
            cellColumn = null;
            cellTarget = cellIndex >= 0;
        } else {
            cellColumn =
                    cellIndex >= 0 && cellIndex < columnsBySheetIndex.length ? columnsBySheetIndex[cellIndex] : null;
            cellTarget = cellColumn != null;
        }
        if (cellTarget) {
            cellType = attributes.getValue("t");
            // Only a number in the price column needs its style, to tell a date from an amount.
            cellStyle = cellColumn == CatalogColumn.UNIT_PRICE ? attributes.getValue("s") : null;
            cellHasFormula = false;
            cellHasValue = false;
            value.setLength(0);
            formula.setLength(0);
        }
    }

    private void startValue(StringBuilder target) {
        if (cellTarget && target != null) {
            collecting = target;
            if (target == value) {
                cellHasValue = true;
            }
        }
    }

    private void endCell() {
        if (!cellTarget) {
            return;
        }
        cellTarget = false;
        String text = cellText();
        if (columnsBySheetIndex == null) {
            headerCells.put(cellIndex, text);
        } else {
            texts[cellColumn.ordinal()] = text;
        }
    }

    private String cellText() {
        if (cellHasFormula && !cellHasValue) {
            error("该单元格是公式但没有计算结果，请在 Excel 中重新计算后保存，或粘贴为数值");
            return formula.isEmpty() ? null : "=" + formula;
        }
        if ("s".equals(cellType)) {
            return sharedStrings.get(index(value));
        }
        String raw = value.toString();
        if (cellType == null || cellType.equals("n")) {
            if (raw.isEmpty()) {
                return null;
            }
            if (cellColumn == CatalogColumn.UNIT_PRICE && isDateStyle()) {
                error("单价不能是日期，请填写金额，例如 1299.00");
            }
            return Cells.decimalText(raw);
        }
        return switch (cellType) {
            case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "e" -> {
                error("该单元格是错误值 " + raw + "，请填写有效内容");
                yield raw;
            }
            case "d" -> {
                if (cellColumn == CatalogColumn.UNIT_PRICE) {
                    error("单价不能是日期，请填写金额，例如 1299.00");
                }
                yield raw;
            }
            default -> raw;
        };
    }

    /** A non-negative number in an attribute or a shared-string cell, read without making a string; -1 when it is none. */
    private static int index(CharSequence digits) {
        int index = 0;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || index > (Integer.MAX_VALUE - 9) / 10) {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return length == 0 ? -1 : index;
    }

    private boolean isDateStyle() {
        if (styles == null || cellStyle == null) {
            return false;
        }
        int index = index(cellStyle);
        return dateStyles.computeIfAbsent(index, this::dateFormatted);
    }

    private boolean dateFormatted(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    private void error(String message) {
        if (cellColumn != null) {
            cellErrors.add(new RowError(rowNumber, cellColumn.header(), message));
        }
    }

    private void endRow() {
        if (columnsBySheetIndex == null) {
            readHeader();
            return;
        }
        if (cellErrors.isEmpty() && allBlank()) {
            return;
        }
        if (++dataRows > maxRows) {
            throw new CatalogFileInvalid("文件的数据超过 %d 行的上限，请分成多个文件导入".formatted(maxRows));
        }
        rows.accept(new CatalogRow(rowNumber, texts[0], texts[1], texts[2], texts[3], texts[4], cellErrors));
    }

    private void readHeader() {
        if (headerCells.values().stream().allMatch(SheetHandler::isBlank)) {
            return;
        }
        Map<CatalogColumn, Integer> found = new EnumMap<>(CatalogColumn.class);
        int width = 0;
        for (Map.Entry<Integer, String> cell : headerCells.entrySet()) {
            CatalogColumn column = CatalogColumn.ofHeader(cell.getValue()).orElse(null);
            if (column != null && found.putIfAbsent(column, cell.getKey()) != null) {
                throw new CatalogFileInvalid("表头中“%s”列出现了不止一次，请只保留一列".formatted(column.header()));
            }
            width = Math.max(width, cell.getKey() + 1);
        }
        // A title or a note above the header is tolerated: the header is the first row naming any catalog column.
        if (found.isEmpty() && ++rowsBeforeHeader < MAX_ROWS_BEFORE_HEADER) {
            return;
        }
        String missing = Arrays.stream(COLUMNS)
                .filter(c -> c.required() && !found.containsKey(c))
                .map(c -> "“" + c.header() + "”")
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw new CatalogFileInvalid("第 %d 行的表头缺少必需的列：%s。请使用本轮的导入模板，不要修改表头".formatted(rowNumber, missing));
        }
        columnsBySheetIndex = new CatalogColumn[width];
        found.forEach((column, index) -> columnsBySheetIndex[index] = column);
    }

    private boolean allBlank() {
        for (String text : texts) {
            if (!isBlank(text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
