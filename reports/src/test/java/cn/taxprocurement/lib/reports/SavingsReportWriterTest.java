package cn.taxprocurement.lib.reports;

import static cn.taxprocurement.lib.reports.ReportFixtures.FORMULA_TEXT;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertFigure;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertTableLayout;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavingsReportWriterTest {
    private static final String MONEY = "¥#,##0.00";
    private static final String RATE = "0.00";

    private static XSSFWorkbook written() throws IOException {
        return ReportFixtures.read(
                ReportFixtures.savingsWorkbook(ReportFixtures.savingsDetails().iterator()));
    }

    @Test
    void theWorkbookHasTheSheetsOfTheContractInOrderWithTheTrendBeforeTheDetails() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("汇总", "按品目", "按采购方式", "趋势", "项目明细");
        }
    }

    @Test
    void theSummaryStoresEveryFigureAsAFormattedNumber() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet summary = workbook.getSheet("汇总");
            assertFigure(summary.getRow(1).getCell(1), "2018", "0");
            assertFigure(summary.getRow(2).getCell(1), "3", "#,##0");
            assertFigure(summary.getRow(3).getCell(1), "1220000.00", MONEY);
            assertFigure(summary.getRow(4).getCell(1), "1127000.00", MONEY);
            assertFigure(summary.getRow(5).getCell(1), "93000.00", MONEY);
            assertFigure(summary.getRow(6).getCell(1), "7.62", RATE);
            assertFigure(summary.getRow(7).getCell(1), "4", "#,##0");
            assertFigure(summary.getRow(8).getCell(1), "96000.00", MONEY);
            assertFigure(summary.getRow(9).getCell(1), "90240.00", MONEY);
            assertFigure(summary.getRow(10).getCell(1), "5760.00", MONEY);
            assertFigure(summary.getRow(11).getCell(1), "6.00", RATE);
            assertText(summary.getRow(12).getCell(1), ReportFixtures.YEARBOOK);
            assertText(summary.getRow(14).getCell(1), "张经理");
        }
    }

    @Test
    void theTrendListsEachYearAsANumberWithItsFiguresAndATotal() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet trend = workbook.getSheet("趋势");
            assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
            assertFigure(trend.getRow(1).getCell(0), "2017", "0");
            assertFigure(trend.getRow(2).getCell(0), "2018", "0");
            assertFigure(trend.getRow(2).getCell(2), "1220000.00", MONEY);
            assertFigure(trend.getRow(2).getCell(5), "7.62", RATE);
            assertText(trend.getRow(3).getCell(0), "合计");
        }
    }

    @Test
    void theGenerationTimeIsBeijingTime() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            var cell = workbook.getSheet("汇总").getRow(13).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2019, 1, 15, 10, 30));
        }
    }

    @Test
    void theSummaryCarriesABarChartOfSavingsByCategory() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            var charts = workbook.getSheet("汇总").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("各品目节约金额(元)");
            assertThat(chart.getCTChart().getPlotArea().getBarChartList()).hasSize(1);
            assertThat(chart.getChartSeries()
                            .get(0)
                            .getSeries(0)
                            .getValuesData()
                            .getPointCount())
                    .isEqualTo(2);
        }
    }

    @Test
    void theCategorySheetEndsWithATotalsRowWhoseRateComesFromTheSums() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("按品目");
            assertText(sheet.getRow(1).getCell(1), "台式计算机");
            assertFigure(sheet.getRow(1).getCell(3), "700000.00", MONEY);
            assertFigure(sheet.getRow(1).getCell(5), "50000.00", MONEY);
            assertFigure(sheet.getRow(1).getCell(6), "7.14", RATE);
            assertText(sheet.getRow(3).getCell(0), "合计");
            assertFigure(sheet.getRow(3).getCell(2), "3", "#,##0");
            assertFigure(sheet.getRow(3).getCell(3), "1220000.00", MONEY);
            assertFigure(sheet.getRow(3).getCell(4), "1127000.00", MONEY);
            assertFigure(sheet.getRow(3).getCell(5), "93000.00", MONEY);
            assertFigure(sheet.getRow(3).getCell(6), "7.62", RATE);
        }
    }

    @Test
    void theMethodSheetShowsChineseMethodNamesAndATotalsRow() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("按采购方式");
            assertText(sheet.getRow(1).getCell(0), "公开招标");
            assertText(sheet.getRow(2).getCell(0), "询价");
            assertText(sheet.getRow(3).getCell(0), "合计");
            assertFigure(sheet.getRow(3).getCell(2), "1220000.00", MONEY);
            assertFigure(sheet.getRow(3).getCell(5), "7.62", RATE);
        }
    }

    @Test
    void detailRowsHoldFormattedNumbersAndDates() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("项目明细");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var row = sheet.getRow(1);
            assertText(row.getCell(0), "TP-2018-001");
            assertFigure(row.getCell(5), "500000.00", MONEY);
            assertFigure(row.getCell(6), "460000.00", MONEY);
            assertFigure(row.getCell(7), "40000.00", MONEY);
            assertFigure(row.getCell(8), "8.00", RATE);
            assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2018-06-30");
            assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void vendorTextThatLooksLikeAFormulaStaysLiteralText() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("项目明细");
            assertText(sheet.getRow(1).getCell(9), FORMULA_TEXT);
            assertText(sheet.getRow(2).getCell(9), "+86 联想(北京)有限公司");
            assertText(sheet.getRow(3).getCell(9), "-浪潮电子信息产业股份有限公司");
            assertText(sheet.getRow(3).getCell(1), "@服务器扩容");
            assertThat(sheet.getRow(1).getCell(9).getCellStyle().getQuotePrefixed())
                    .isTrue();
            for (int row = 1; row <= 3; row++) {
                assertThat(sheet.getRow(row).getCell(9).getCellType()).isNotEqualTo(CellType.FORMULA);
            }
        }
    }

    @Test
    void textLongerThanExcelAllowsIsCutWithAMarker() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            String title = workbook.getSheet("项目明细").getRow(2).getCell(1).getStringCellValue();
            assertThat(title).hasSize(CellText.EXCEL_LIMIT).endsWith(CellText.CUT_MARKER);
        }
    }

    @Test
    void everyTableSheetHasAFrozenFilteredHeaderAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertTableLayout(workbook.getSheet("汇总"), false);
            assertTableLayout(workbook.getSheet("按品目"), true);
            assertTableLayout(workbook.getSheet("按采购方式"), true);
            assertTableLayout(workbook.getSheet("项目明细"), true);
        }
    }

    @Test
    void columnsAreWideEnoughForTheirChineseHeaders() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("项目明细");
            for (int column = 0; column < 11; column++) {
                String header = sheet.getRow(0).getCell(column).getStringCellValue();
                assertThat(sheet.getColumnWidth(column))
                        .as(header)
                        .isGreaterThanOrEqualTo(Column.displayWidth(header) * 256);
            }
        }
    }

    @Test
    void aWorkbookUsesTheSameFewStylesWhateverItsRowCount() throws IOException {
        Iterator<SavingsDetailRow> many = IntStream.range(0, 5_000)
                .mapToObj(i -> ReportFixtures.detail(
                        "TP-" + i, "项目" + i, "A02010104", "台式计算机", "供应商" + i, "1000.00", "900.00"))
                .iterator();
        try (XSSFWorkbook small = written();
                XSSFWorkbook large = ReportFixtures.read(ReportFixtures.savingsWorkbook(many))) {
            assertThat(large.getSheet("项目明细").getLastRowNum()).isEqualTo(5_000);
            assertThat(large.getNumCellStyles())
                    .isEqualTo(small.getNumCellStyles())
                    .isLessThan(20);
        }
    }

    @Test
    void aYearWithoutAwardedProjectsStillGivesAReadableWorkbook() throws IOException {
        try (XSSFWorkbook workbook = ReportFixtures.read(ReportFixtures.savingsWorkbook(Collections.emptyIterator()))) {
            assertThat(workbook.getSheet("项目明细").getLastRowNum()).isZero();
            assertText(workbook.getSheet("项目明细").getRow(0).getCell(0), "项目编号");
        }
    }

    @Test
    void withoutCategoriesTheSummaryHasNoChartAndTheWorkbookIsStillWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SavingsReportWriter()
                .write(ReportFixtures.savings2018(), List.of(), List.of(), List.of(), Collections.emptyIterator(), out);
        try (XSSFWorkbook workbook = ReportFixtures.read(out.toByteArray())) {
            assertThat(workbook.getSheet("汇总").getDrawingPatriarch()).isNull();
            assertText(workbook.getSheet("按品目").getRow(1).getCell(0), "合计");
        }
    }

    @Test
    void theCallersStreamIsLeftOpenForTheCallerToClose() throws IOException {
        List<String> misuse = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            private boolean closed;

            @Override
            public void flush() {
                if (closed) {
                    misuse.add("flushed after close");
                }
            }

            @Override
            public void close() {
                closed = true;
                misuse.add("closed");
            }
        };
        new SavingsReportWriter()
                .write(
                        ReportFixtures.savings2018(),
                        ReportFixtures.savingsByCategory(),
                        ReportFixtures.savingsByMethod(),
                        ReportFixtures.savingsTrend(),
                        ReportFixtures.savingsDetails().iterator(),
                        out);
        assertThat(misuse).isEmpty();
        try (XSSFWorkbook workbook = ReportFixtures.read(out.toByteArray())) {
            assertThat(workbook.getSheet("项目明细").getLastRowNum()).isPositive();
        }
    }

    @Test
    void writingAReportCreatesNoTemporaryFile(@TempDir Path poiTemp) throws IOException {
        DefaultTempFileCreationStrategy inTestDirectory = new DefaultTempFileCreationStrategy(poiTemp.toFile());
        List<String> created = new ArrayList<>();
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                created.add(prefix + suffix);
                return inTestDirectory.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                created.add(prefix);
                return inTestDirectory.createTempDirectory(prefix);
            }
        });
        try {
            ReportFixtures.savingsWorkbook(ReportFixtures.savingsDetails().iterator());
            ReportFixtures.catalogWorkbook(ReportFixtures.catalog2019());
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(created).isEmpty();
    }
}
