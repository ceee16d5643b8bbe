package cn.taxprocurement.lib.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the savings report (savings.xlsx): 汇总 with a chart of savings by category, 按品目, 按采购方式, 趋势 (the years up to
 * the report's) and 项目明细.
 */
public final class SavingsReportWriter {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String SUMMARY = "汇总";
    static final String BY_CATEGORY = "按品目";
    static final String BY_METHOD = "按采购方式";
    static final String TREND = "趋势";
    static final String DETAILS = "项目明细";
    static final String TOTAL = "合计";

    private static final List<Column> DETAIL_COLUMNS = List.of(
            new Column("项目编号", 18),
            new Column("项目名称", 40),
            new Column("品目编码", 12),
            new Column("品目名称", 20),
            new Column("采购方式", 12),
            new Column("预算金额(元)", 18),
            new Column("成交金额(元)", 18),
            new Column("节约金额(元)", 18),
            new Column("节约率(%)", 10),
            new Column("中标供应商", 36),
            new Column("成交日期", 12));

    /**
     * Writes the workbook to out, reading the detail rows one by one while writing; the caller closes out and the
     * iterator's source. Rates are percentages (7.61 for 7.61 %).
     */
    public void write(
            SavingsSummary summary,
            List<SavingsGroupRow> byCategory,
            List<SavingsGroupRow> byMethod,
            List<SavingsGroupRow> trend,
            Iterator<SavingsDetailRow> details,
            OutputStream out)
            throws IOException {
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            XSSFSheet summarySheet = workbook.sheet(SUMMARY);
            writeSummary(workbook, summarySheet, summary);
            XSSFSheet categorySheet = writeGroups(workbook, BY_CATEGORY, byCategory, Key.CATEGORY);
            writeGroups(workbook, BY_METHOD, byMethod, Key.METHOD);
            writeGroups(workbook, TREND, trend, Key.YEAR);
            if (!byCategory.isEmpty()) {
                drawSavingsByCategory(summarySheet, categorySheet, byCategory);
            }
            workbook.stream(
                    DETAILS, DETAIL_COLUMNS, details, (row, detail) -> writeDetail(workbook.styles(), row, detail));
            workbook.writeTo(out);
        }
    }

    private static void writeSummary(ReportWorkbook workbook, XSSFSheet sheet, SavingsSummary summary) {
        Styles styles = workbook.styles();
        Table table = new Table(sheet, styles, List.of(new Column("指标", 16), new Column("数值", 22)));
        Cells.number(labelled(table, styles, "年度"), 1, summary.year(), styles.year());
        Cells.number(labelled(table, styles, "项目数"), 1, summary.projectCount(), styles.count());
        Cells.number(labelled(table, styles, "预算金额(元)"), 1, summary.budgetTotal(), styles.money());
        Cells.number(labelled(table, styles, "成交金额(元)"), 1, summary.awardedTotal(), styles.money());
        Cells.number(labelled(table, styles, "节约金额(元)"), 1, summary.savingsTotal(), styles.money());
        Cells.number(labelled(table, styles, "节约率(%)"), 1, summary.savingsRate(), styles.rate());
        CatalogOrderSavings orders = summary.catalogOrders();
        Cells.number(labelled(table, styles, "入围目录订单数"), 1, orders.orderCount(), styles.count());
        Cells.number(labelled(table, styles, "订单标价金额(元)"), 1, orders.listedTotal(), styles.money());
        Cells.number(labelled(table, styles, "订单成交金额(元)"), 1, orders.orderTotal(), styles.money());
        Cells.number(labelled(table, styles, "订单节约金额(元)"), 1, orders.savingsTotal(), styles.money());
        Cells.number(labelled(table, styles, "订单节约率(%)"), 1, orders.savingsRate(), styles.rate());
        Cells.text(labelled(table, styles, "年鉴表述"), 1, summary.yearbook(), styles.text());
        LocalDateTime generatedAt = LocalDateTime.ofInstant(summary.generatedAt(), BEIJING);
        Cells.dateTime(labelled(table, styles, "生成时间(北京时间)"), 1, generatedAt, styles.dateTime());
        Row generatedBy = labelled(table, styles, "生成人");
        Cells.text(generatedBy, 1, summary.generatedBy(), styles.text());
        table.fit(1, summary.generatedBy());
        table.finish(false);
    }

    private static Row labelled(Table table, Styles styles, String label) {
        Row row = table.newRow();
        Cells.text(row, 0, label, styles.text());
        return row;
    }

    /** What a group sheet's rows are keyed by: a category (code and name), a procurement method, or a year. */
    private enum Key {
        CATEGORY(List.of(new Column("品目编码", 10), new Column("品目名称", 12))),
        METHOD(List.of(new Column("采购方式", 12))),
        YEAR(List.of(new Column("年度", 8)));

        final List<Column> columns;

        Key(List<Column> columns) {
            this.columns = columns;
        }
    }

    private static XSSFSheet writeGroups(
            ReportWorkbook workbook, String sheetName, List<SavingsGroupRow> groups, Key key) {
        Styles styles = workbook.styles();
        List<Column> columns = new ArrayList<>(key.columns);
        columns.addAll(List.of(
                new Column("项目数", 8),
                new Column("预算金额(元)", 18),
                new Column("成交金额(元)", 18),
                new Column("节约金额(元)", 18),
                new Column("节约率(%)", 10)));
        Table table = workbook.table(sheetName, columns);
        int first = key.columns.size();
        long projects = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal awarded = BigDecimal.ZERO;
        for (SavingsGroupRow group : groups) {
            Row row = table.newRow();
            switch (key) {
                case CATEGORY -> {
                    Cells.text(row, 0, group.code(), styles.text());
                    table.fit(0, group.code());
                    Cells.text(row, 1, group.name(), styles.text());
                    table.fit(1, group.name());
                }
                case METHOD -> {
                    Cells.text(row, 0, group.name(), styles.text());
                    table.fit(0, group.name());
                }
                case YEAR -> Cells.number(row, 0, Integer.parseInt(group.code()), styles.year());
            }
            writeFigures(
                    row,
                    first,
                    group.projectCount(),
                    group.budgetTotal(),
                    group.awardedTotal(),
                    group.savingsRate(),
                    styles,
                    false);
            projects += group.projectCount();
            budget = budget.add(group.budgetTotal());
            awarded = awarded.add(group.awardedTotal());
        }
        Row total = table.newRow();
        for (int column = 0; column < first; column++) {
            Cells.text(total, column, column == 0 ? TOTAL : "", styles.totalText());
        }
        writeFigures(total, first, projects, budget, awarded, Rates.savingsRate(budget, awarded), styles, true);
        table.finish(true);
        return (XSSFSheet) total.getSheet();
    }

    private static void writeFigures(
            Row row,
            int first,
            long projects,
            BigDecimal budget,
            BigDecimal awarded,
            BigDecimal rate,
            Styles styles,
            boolean total) {
        CellStyle countStyle = total ? styles.totalCount() : styles.count();
        CellStyle moneyStyle = total ? styles.totalMoney() : styles.money();
        CellStyle rateStyle = total ? styles.totalRate() : styles.rate();
        Cells.number(row, first, projects, countStyle);
        Cells.number(row, first + 1, budget, moneyStyle);
        Cells.number(row, first + 2, awarded, moneyStyle);
        Cells.number(row, first + 3, budget.subtract(awarded), moneyStyle);
        Cells.number(row, first + 4, rate, rateStyle);
    }

    /** The chart managers look at first: savings in yuan per category, read from the 按品目 sheet. */
    private static void drawSavingsByCategory(
            XSSFSheet summarySheet, XSSFSheet categorySheet, List<SavingsGroupRow> byCategory) {
        int categories = byCategory.size();
        double minimumSavings = byCategory.stream()
                .mapToDouble(group ->
                        group.budgetTotal().subtract(group.awardedTotal()).doubleValue())
                .min()
                .orElse(0);
        XSSFDrawing drawing = summarySheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 1, 13, 24));
        chart.setTitleText("各品目节约金额(元)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis savingsAxis = chart.createValueAxis(AxisPosition.LEFT);
        savingsAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        savingsAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        // Bars must start at zero, or a viewer's automatic scale exaggerates the differences between categories.
        savingsAxis.setMinimum(Math.min(0, minimumSavings));
        savingsAxis.setNumberFormat(Styles.MONEY_FORMAT);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, savingsAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(80);
        XDDFChartData.Series series = bars.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(categorySheet, new CellRangeAddress(1, categories, 1, 1)),
                XDDFDataSourcesFactory.fromNumericCellRange(categorySheet, new CellRangeAddress(1, categories, 5, 5)));
        series.setTitle("节约金额(元)", null);
        // Without an explicit fill LibreOffice draws the bars invisible.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(bars);
    }

    private static void writeDetail(Styles styles, StreamedRows row, SavingsDetailRow detail) {
        row.text(0, detail.projectCode(), styles.text());
        row.text(1, detail.title(), styles.text());
        row.text(2, detail.categoryCode(), styles.text());
        row.text(3, detail.categoryName(), styles.text());
        row.text(4, detail.methodName(), styles.text());
        row.number(5, detail.budget(), styles.money());
        row.number(6, detail.awarded(), styles.money());
        row.number(7, detail.savings(), styles.money());
        row.number(8, detail.savingsRate(), styles.rate());
        row.text(9, detail.vendorName(), styles.text());
        row.date(10, detail.awardedOn(), styles.date());
    }
}
