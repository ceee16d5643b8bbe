package cn.taxprocurement.lib.catalogimport;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams the rejected rows, as uploaded, into a workbook with the row's errors beside them. A price that is a number
 * stays a number; every other cell is a literal text: something that looks like a formula stays text. Add rows in any
 * number, then {@link #close()} to write it.
 */
public final class ErrorWorkbookWriter implements Consumer<RejectedRow>, Closeable {

    static final String SHEET_NAME = "未通过的行";
    static final String ROW_NUMBER_HEADER = "原行号";
    static final String ERROR_HEADER = "错误说明";

    private static final CatalogColumn[] COLUMNS = CatalogColumn.values();
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle quotedText;
    private int nextRow;

    /** A writer that will write the workbook to {@code out} on close (it does not close {@code out}). */
    public ErrorWorkbookWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET_NAME);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        // Tells Excel the text is literal, so editing the cell does not turn it into a formula.
        quotedText.setQuotePrefixed(true);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        SXSSFRow headerRow = sheet.createRow(nextRow++);
        for (CatalogColumn column : COLUMNS) {
            headerRow.createCell(column.ordinal()).setCellValue(column.header());
        }
        headerRow.createCell(COLUMNS.length).setCellValue(ROW_NUMBER_HEADER);
        headerRow.createCell(COLUMNS.length + 1).setCellValue(ERROR_HEADER);
        headerRow.forEach(cell -> cell.setCellStyle(header));
        sheet.createFreezePane(0, 1);
        for (CatalogColumn column : COLUMNS) {
            sheet.setColumnWidth(column.ordinal(), CatalogTemplate.widthOf(column));
        }
        sheet.setColumnWidth(COLUMNS.length, 10 * 256);
        sheet.setColumnWidth(COLUMNS.length + 1, 60 * 256);
    }

    /** Adds one rejected row. */
    @Override
    public void accept(RejectedRow rejected) {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (CatalogColumn column : COLUMNS) {
            String value = rejected.row().text(column);
            Double number = column == CatalogColumn.UNIT_PRICE ? exactNumber(value) : null;
            if (number != null) {
                row.createCell(column.ordinal()).setCellValue(number);
            } else {
                literal(row, column.ordinal(), value);
            }
        }
        row.createCell(COLUMNS.length).setCellValue(rejected.row().rowNumber());
        literal(
                row,
                COLUMNS.length + 1,
                rejected.errors().stream()
                        .map(e -> e.column() + "：" + e.message())
                        .collect(Collectors.joining("；")));
    }

    private void literal(SXSSFRow row, int index, String value) {
        if (value == null) {
            return;
        }
        SXSSFCell cell = row.createCell(index);
        // Rows built by a caller may carry more than a cell can hold; the reader never hands out such texts.
        cell.setCellValue(value.length() > Cells.MAX_CELL_CHARS ? value.substring(0, Cells.MAX_CELL_CHARS) : value);
        cell.setCellStyle(looksLikeFormula(value) ? quotedText : text);
    }

    /** The number a plain decimal text stands for, when a spreadsheet number holds it exactly; otherwise null. */
    static Double exactNumber(String value) {
        if (value == null || !PLAIN_DECIMAL.matcher(value).matches()) {
            return null;
        }
        double number = Double.parseDouble(value);
        return new BigDecimal(value).compareTo(new BigDecimal(Double.toString(number))) == 0 ? number : null;
    }

    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes the workbook and frees its temporary files. */
    @Override
    public void close() {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
