package cn.taxprocurement.lib.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The fixed set of cell styles of a report, created once per workbook: a style per cell would exhaust Excel's limit. */
record Styles(
        CellStyle header,
        CellStyle text,
        CellStyle year,
        CellStyle count,
        CellStyle money,
        CellStyle rate,
        CellStyle date,
        CellStyle dateTime,
        CellStyle totalText,
        CellStyle totalCount,
        CellStyle totalMoney,
        CellStyle totalRate) {

    static final String MONEY_FORMAT = "¥#,##0.00";
    static final String RATE_FORMAT = "0.00";
    static final String COUNT_FORMAT = "#,##0";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    static Styles createIn(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        // Vendor text that starts with =, +, - or @ must never become a formula when someone edits the cell.
        CellStyle text = workbook.createCellStyle();
        text.setQuotePrefixed(true);
        CellStyle totalText = workbook.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        return new Styles(
                header,
                text,
                formatted(workbook, "0", null),
                formatted(workbook, COUNT_FORMAT, null),
                formatted(workbook, MONEY_FORMAT, null),
                formatted(workbook, RATE_FORMAT, null),
                formatted(workbook, DATE_FORMAT, null),
                formatted(workbook, DATE_TIME_FORMAT, null),
                totalText,
                formatted(workbook, COUNT_FORMAT, bold),
                formatted(workbook, MONEY_FORMAT, bold),
                formatted(workbook, RATE_FORMAT, bold));
    }

    private static CellStyle formatted(Workbook workbook, String format, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (bold != null) {
            style.setFont(bold);
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }
}
