package cn.taxprocurement.lib.reports;

import static cn.taxprocurement.lib.reports.ReportFixtures.FORMULA_TEXT;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertFigure;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertTableLayout;
import static cn.taxprocurement.lib.reports.WorkbookAssertions.assertText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogReportWriterTest {
    private static final String COUNT = "#,##0";

    private static XSSFWorkbook written() throws IOException {
        return ReportFixtures.read(ReportFixtures.catalogWorkbook(ReportFixtures.catalog2019()));
    }

    @Test
    void theWorkbookHasTheFourSheetsOfTheContractInOrder() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("汇总", "按品目", "产品明细", "价格异常");
        }
    }

    @Test
    void theFiguresAreAskedForOnceAndOnlyAfterEveryProductIsWritten() throws IOException {
        Iterator<CatalogProductRow> products = ReportFixtures.catalogProducts().iterator();
        List<Boolean> productsLeftWhenAsked = new ArrayList<>();
        new CatalogReportWriter()
                .write(
                        products,
                        () -> {
                            productsLeftWhenAsked.add(products.hasNext());
                            return new CatalogFigures(ReportFixtures.catalog2019(), ReportFixtures.catalogByCategory());
                        },
                        OutputStream.nullOutputStream());
        assertThat(productsLeftWhenAsked).containsExactly(false);
    }

    @Test
    void theFlaggedPricesAreReadOnlyAfterEveryProductIsWritten() throws IOException {
        Iterator<CatalogProductRow> products = ReportFixtures.catalogProducts().iterator();
        List<Boolean> productsLeftWhenRead = new ArrayList<>();
        Iterator<CatalogPriceAnomalyRow> anomalies = new Iterator<>() {
            @Override
            public boolean hasNext() {
                productsLeftWhenRead.add(products.hasNext());
                return false;
            }

            @Override
            public CatalogPriceAnomalyRow next() {
                throw new NoSuchElementException();
            }
        };
        new CatalogReportWriter()
                .write(
                        products,
                        () -> new CatalogFigures(ReportFixtures.catalog2019(), ReportFixtures.catalogByCategory()),
                        anomalies,
                        OutputStream.nullOutputStream());
        assertThat(productsLeftWhenRead).containsExactly(false);
    }

    @Test
    void theSummaryComparesTheYearWithTheYearBefore() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet summary = workbook.getSheet("汇总");
            assertText(summary.getRow(0).getCell(1), "2019年");
            assertText(summary.getRow(0).getCell(2), "2018年");
            assertText(summary.getRow(3).getCell(0), "产品数");
            assertFigure(summary.getRow(3).getCell(1), "2435", COUNT);
            assertFigure(summary.getRow(3).getCell(2), "1385", COUNT);
            assertFigure(summary.getRow(3).getCell(3), "75.81", "0.00");
            assertFigure(summary.getRow(2).getCell(3), "27.27", "0.00");
            assertFigure(summary.getRow(1).getCell(3), "12.50", "0.00");
            assertText(summary.getRow(6).getCell(1), "李经理");
        }
    }

    @Test
    void withoutAPreviousRoundGrowthShowsADashNotAZero() throws IOException {
        CatalogSummary firstYear = new CatalogSummary(
                new CatalogYearFigures(2018, 8, 77, 1385, 100), null, ReportFixtures.GENERATED_AT, "李经理");
        try (XSSFWorkbook workbook = ReportFixtures.read(ReportFixtures.catalogWorkbook(firstYear))) {
            XSSFSheet summary = workbook.getSheet("汇总");
            assertText(summary.getRow(0).getCell(2), "上年");
            assertText(summary.getRow(3).getCell(3), "—");
        }
    }

    @Test
    void theCategorySheetTotalsProductsAndCountsVendorsAndBrandsOnce() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("按品目");
            assertText(sheet.getRow(2).getCell(1), "激光打印机");
            assertFigure(sheet.getRow(2).getCell(3), "935", COUNT);
            assertText(sheet.getRow(3).getCell(0), "合计");
            assertFigure(sheet.getRow(3).getCell(2), "98", COUNT);
            assertFigure(sheet.getRow(3).getCell(3), "2435", COUNT);
            assertFigure(sheet.getRow(3).getCell(4), "120", COUNT);
        }
    }

    @Test
    void everyApprovedProductIsARowWithItsPriceAsMoney() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("产品明细");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertText(sheet.getRow(1).getCell(3), "91110108700000000X");
            assertText(sheet.getRow(1).getCell(5), "ThinkCentre M920t");
            assertFigure(sheet.getRow(3).getCell(7), "5299.50", "¥#,##0.00");
        }
    }

    @Test
    void vendorTextThatLooksLikeAFormulaStaysLiteralText() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet sheet = workbook.getSheet("产品明细");
            assertText(sheet.getRow(2).getCell(2), FORMULA_TEXT);
            assertText(sheet.getRow(2).getCell(4), "+HP");
            assertText(sheet.getRow(2).getCell(5), "-LaserJet Pro M404dn");
            assertText(sheet.getRow(3).getCell(2), "@华为技术有限公司");
        }
    }

    @Test
    void specsLongerThanExcelAllowsAreCutWithAMarker() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            String specs = workbook.getSheet("产品明细").getRow(2).getCell(6).getStringCellValue();
            assertThat(specs).hasSize(CellText.EXCEL_LIMIT).endsWith(CellText.CUT_MARKER);
        }
    }

    @Test
    void everyTableSheetHasAFrozenHeaderAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertTableLayout(workbook.getSheet("汇总"), false);
            assertTableLayout(workbook.getSheet("按品目"), true);
            assertTableLayout(workbook.getSheet("产品明细"), true);
        }
    }
}
