package cn.taxprocurement.lib.reports;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A report sheet laid out as a table: a bold header row, frozen, filtered and repeated on every printed page. */
final class Table {
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final int[] widths;
    private final Row header;
    private int nextRow;

    Table(Sheet sheet, Styles styles, List<Column> columns) {
        this.sheet = sheet;
        this.widths = columns.stream().mapToInt(Column::width).toArray();
        this.header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cells.text(header, i, columns.get(i).header(), styles.header());
        }
        this.nextRow = 1;
    }

    /** The header row, for headers that depend on the figures. */
    Row header() {
        return header;
    }

    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** Widens a column of an in-memory sheet so that its text shows whole, Chinese included. */
    void fit(int column, String text) {
        if (text != null) {
            widths[column] = Math.max(widths[column], Column.displayWidth(text));
        }
    }

    void finish(boolean filtered) {
        layout(sheet, widths, nextRow - 1, filtered);
    }

    static void layout(Sheet sheet, int[] widths, int lastRow, boolean filtered) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (filtered) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, widths.length - 1));
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
