package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** What every report sheet must show a reader: numbers as number cells with a format, text as text, a usable layout. */
final class WorkbookAssertions {
    private WorkbookAssertions() {}

    static void assertFigure(Cell cell, String expected, String format) {
        assertThat(cell.getCellType()).as(cell.getAddress() + " type").isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString())
                .as(cell.getAddress() + " format")
                .isEqualTo(format);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                .as(cell.getAddress() + " value")
                .isEqualByComparingTo(expected);
    }

    static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as(cell.getAddress() + " type").isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(cell.getAddress() + " text").isEqualTo(expected);
    }

    static void assertTableLayout(XSSFSheet sheet, boolean filtered) {
        assertThat(sheet.getPaneInformation().isFreezePane())
                .as(sheet.getSheetName() + " frozen")
                .isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                .as(sheet.getSheetName() + " filter")
                .isEqualTo(filtered);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
    }
}
