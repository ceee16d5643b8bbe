package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes one value into a cell: figures as numbers, text as text cut to Excel's limit, nothing for a missing value. */
final class Cells {
    static final String NOT_APPLICABLE = "—";

    private Cells() {}

    static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(CellText.fit(value));
            cell.setCellStyle(style);
        }
    }

    static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A missing rate (nothing to compare with) shows a dash rather than a misleading zero. */
    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue(NOT_APPLICABLE);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    static void dateTime(Row row, int column, LocalDateTime value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
