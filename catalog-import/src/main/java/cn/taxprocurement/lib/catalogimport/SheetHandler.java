package cn.taxprocurement.lib.catalogimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of one worksheet into catalog rows: the first non-blank row is the header, every later
 * non-blank row a {@link CatalogRow}. Whatever the sheet holds, it keeps only the catalog columns of one row: a cell
 * beyond Excel's last column or row, or a row with more cells than Excel has columns, is refused as it is read.
 */
final class SheetHandler extends DefaultHandler {

    private static final CatalogColumn[] COLUMNS = CatalogColumn.values();
    private static final int MAX_ROWS_BEFORE_HEADER = 10;
    static final String UNCOMPUTED_FORMULA =
            "该单元格是公式，但文件中没有保存它的计算结果（生成文件的软件没有计算公式）。请用 Excel 或 WPS 打开文件、保存后再上传，或把公式粘贴为数值";

    private final SharedStrings sharedStrings;
    private final Styles styles;
    private final int maxRows;
    private final Consumer<CatalogRow> rows;

    /** Sheet column → catalog column; {@code null} until the header row has been read. */
    private CatalogColumn[] columnsBySheetIndex;

    /** Until the header is found: the catalog columns the current row names, and where. */
    private final Map<CatalogColumn, Integer> headerColumns = new EnumMap<>(CatalogColumn.class);

    private CatalogColumn repeatedHeader;
    private boolean rowHasText;
    private int headerRow;
    private final String[] texts = new String[COLUMNS.length];
    private final List<RowError> cellErrors = new ArrayList<>();
    private int rowNumber;
    private int cellsInRow;
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

    SheetHandler(SharedStrings sharedStrings, Styles styles, int maxRows, Consumer<CatalogRow> rows) {
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

    /** The sheet row of the header, 0 when none was found. */
    int headerRow() {
        return headerRow;
    }

    /** The catalog columns of the header in sheet order; empty when none was found. */
    List<CatalogColumn> columns() {
        return columnsBySheetIndex == null
                ? List.of()
                : Arrays.stream(columnsBySheetIndex).filter(c -> c != null).toList();
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
        int number = Cells.number(attributes.getValue("r"));
        rowNumber = number > 0 ? number : rowNumber + 1;
        if (rowNumber > ImportLimits.MAX_ROW_NUMBER) {
            throw new CatalogFileRefused("工作表中有超出第 %,d 行（Excel 的最后一行）的行，已拒绝导入".formatted(ImportLimits.MAX_ROW_NUMBER));
        }
        cellIndex = -1;
        cellsInRow = 0;
        Arrays.fill(texts, null);
        headerColumns.clear();
        repeatedHeader = null;
        rowHasText = false;
        cellErrors.clear();
    }

    private void startCell(Attributes attributes) {
        if (++cellsInRow > ImportLimits.MAX_CELLS_PER_ROW) {
            throw new CatalogFileRefused("工作表第 %d 行的单元格超过 %,d 个的上限（产品目录最多 %,d 列），已拒绝导入"
                    .formatted(rowNumber, ImportLimits.MAX_CELLS_PER_ROW, ImportLimits.MAX_CATALOG_COLUMNS));
        }
        String reference = attributes.getValue("r");
        cellIndex = reference == null ? cellIndex + 1 : Cells.columnIndex(reference, ImportLimits.MAX_COLUMNS);
        if (cellIndex >= ImportLimits.MAX_COLUMNS) {
            throw new CatalogFileRefused(
                    "工作表第 %d 行有超出 XFD 列（第 %,d 列，Excel 的最后一列）的单元格，已拒绝导入".formatted(rowNumber, ImportLimits.MAX_COLUMNS));
        }
        if (cellIndex >= ImportLimits.MAX_CATALOG_COLUMNS) {
            throw new CatalogFileRefused("工作表第 %d 行在第 %,d 列有单元格，超出了产品目录最多 %,d 列（A 到 IV 列）的上限，已拒绝导入。请删除多余的列后再上传"
                    .formatted(rowNumber, cellIndex + 1, ImportLimits.MAX_CATALOG_COLUMNS));
        }
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
            headerCell(text);
        } else {
            texts[cellColumn.ordinal()] = text;
        }
    }

    private String cellText() {
        if (cellHasFormula && !hasComputedValue()) {
            error(UNCOMPUTED_FORMULA);
            return formula.isEmpty() ? null : "=" + formula;
        }
        if ("s".equals(cellType)) {
            return sharedStrings.get(Cells.number(value));
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

    /** Whether a formula cell carries its result: tools that write formulas without computing them leave none. */
    private boolean hasComputedValue() {
        // An empty result is a computed empty text only in a text cell; a number is never empty.
        return cellHasValue && (!value.isEmpty() || !(cellType == null || cellType.equals("n")));
    }

    private boolean isDateStyle() {
        return cellStyle != null && styles.isDate(Cells.number(cellStyle));
    }

    /** Before the header: notes which catalog column a cell names, keeping no text. */
    private void headerCell(String text) {
        if (isBlank(text)) {
            return;
        }
        rowHasText = true;
        CatalogColumn column = CatalogColumn.ofHeader(text).orElse(null);
        if (column != null && headerColumns.putIfAbsent(column, cellIndex) != null && repeatedHeader == null) {
            repeatedHeader = column;
        }
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
        if (!rowHasText) {
            return;
        }
        if (repeatedHeader != null) {
            throw new CatalogFileInvalid("表头中“%s”列出现了不止一次，请只保留一列".formatted(repeatedHeader.header()));
        }
        // A title or a note above the header is tolerated: the header is the first row naming any catalog column.
        if (headerColumns.isEmpty() && ++rowsBeforeHeader < MAX_ROWS_BEFORE_HEADER) {
            return;
        }
        String missing = Arrays.stream(COLUMNS)
                .filter(c -> c.required() && !headerColumns.containsKey(c))
                .map(c -> "“" + c.header() + "”")
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw new CatalogFileInvalid("第 %d 行的表头缺少必需的列：%s。请使用本轮的导入模板，不要修改表头".formatted(rowNumber, missing));
        }
        // Only as wide as the last catalog column, which lies within XFD: every cell beyond it is refused on reading.
        int width = headerColumns.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        columnsBySheetIndex = new CatalogColumn[width];
        headerColumns.forEach((column, index) -> columnsBySheetIndex[index] = column);
        headerRow = rowNumber;
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
