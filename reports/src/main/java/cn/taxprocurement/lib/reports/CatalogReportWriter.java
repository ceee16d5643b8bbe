package cn.taxprocurement.lib.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Row;

/** Writes the catalog report (catalog.xlsx): 汇总 with growth over the year before, 按品目, 价格异常 and 产品明细. */
public final class CatalogReportWriter {
    static final String SUMMARY = "汇总";
    static final String BY_CATEGORY = "按品目";
    static final String PRODUCTS = "产品明细";
    static final String PRICE_ANOMALIES = "价格异常";

    // Widths are fixed before the figures are known: wide enough for the labels, a date and time, a user name, and the
    // names of the category tree.
    private static final List<Column> SUMMARY_COLUMNS =
            List.of(new Column("指标", 20), new Column("本年", 22), new Column("上年", 12), new Column("增长率(%)", 10));
    private static final List<Column> CATEGORY_COLUMNS = List.of(
            new Column("品目编码", 12),
            new Column("品目名称", 24),
            new Column("供应商数", 8),
            new Column("产品数", 8),
            new Column("品牌数", 8));
    private static final List<Column> PRODUCT_COLUMNS = List.of(
            new Column("品目编码", 12),
            new Column("品目名称", 20),
            new Column("供应商", 36),
            new Column("统一社会信用代码", 20),
            new Column("品牌", 16),
            new Column("型号", 24),
            new Column("规格参数", 50),
            new Column("单价(元)", 16));

    private static final List<Column> ANOMALY_COLUMNS = List.of(
            new Column("供应商", 36),
            new Column("品目编码", 12),
            new Column("品目名称", 20),
            new Column("品牌", 16),
            new Column("型号", 24),
            new Column("单价(元)", 16),
            new Column("可比产品数", 10),
            new Column("可比中位价(元)", 16),
            new Column("价格比", 8));

    /** Writes the workbook with an empty 价格异常 sheet: for years whose prices were not checked. */
    public void write(Iterator<CatalogProductRow> products, Supplier<CatalogFigures> figures, OutputStream out)
            throws IOException {
        write(products, figures, Collections.emptyIterator(), out);
    }

    /**
     * Writes the workbook to out; the caller closes out. The products are read one by one while 产品明细 is written, and
     * only then are the flagged prices ({@code anomalies}, 价格异常, the last sheet) read, one by one too, and then the
     * figures asked for, so that a large year starts downloading at once and the caller may gather the flagged prices
     * and the figures from the products as they pass; 汇总 and 按品目 still come first in the workbook.
     */
    public void write(
            Iterator<CatalogProductRow> products,
            Supplier<CatalogFigures> figures,
            Iterator<CatalogPriceAnomalyRow> anomalies,
            OutputStream out)
            throws IOException {
        Supplier<CatalogFigures> once = new Supplier<>() {
            private CatalogFigures asked;

            @Override
            public CatalogFigures get() {
                if (asked == null) {
                    asked = figures.get();
                }
                return asked;
            }
        };
        try (ReportWorkbook workbook = new ReportWorkbook()) {
            Styles styles = workbook.styles();
            workbook.deferredTable(SUMMARY, SUMMARY_COLUMNS, false, table -> writeSummary(table, styles, once.get()));
            workbook.deferredTable(
                    BY_CATEGORY, CATEGORY_COLUMNS, true, table -> writeCategories(table, styles, once.get()));
            workbook.stream(PRODUCTS, PRODUCT_COLUMNS, products, (row, product) -> writeProduct(styles, row, product));
            workbook.stream(
                    PRICE_ANOMALIES, ANOMALY_COLUMNS, anomalies, (row, anomaly) -> writeAnomaly(styles, row, anomaly));
            workbook.writeTo(out);
        }
    }

    private static void writeSummary(Table table, Styles styles, CatalogFigures figures) {
        CatalogSummary summary = figures.summary();
        CatalogYearFigures current = summary.current();
        CatalogYearFigures previous = summary.previous();
        Row header = table.header();
        Cells.text(header, 1, current.year() + "年", styles.header());
        Cells.text(header, 2, previous == null ? "上年" : previous.year() + "年", styles.header());
        figure(table, styles, "品目数", current, previous, CatalogYearFigures::categoryCount);
        figure(table, styles, "供应商数", current, previous, CatalogYearFigures::vendorCount);
        figure(table, styles, "产品数", current, previous, CatalogYearFigures::productCount);
        figure(table, styles, "品牌数", current, previous, CatalogYearFigures::brandCount);
        Row generatedAt = table.newRow();
        Cells.text(generatedAt, 0, "生成时间(北京时间)", styles.text());
        Cells.dateTime(
                generatedAt,
                1,
                LocalDateTime.ofInstant(summary.generatedAt(), SavingsReportWriter.BEIJING),
                styles.dateTime());
        Row generatedBy = table.newRow();
        Cells.text(generatedBy, 0, "生成人", styles.text());
        Cells.text(generatedBy, 1, summary.generatedBy(), styles.text());
    }

    private static void figure(
            Table table,
            Styles styles,
            String label,
            CatalogYearFigures current,
            CatalogYearFigures previous,
            ToLongFunction<CatalogYearFigures> count) {
        Row row = table.newRow();
        Cells.text(row, 0, label, styles.text());
        Cells.number(row, 1, count.applyAsLong(current), styles.count());
        if (previous == null) {
            Cells.text(row, 2, Cells.NOT_APPLICABLE, styles.text());
            Cells.text(row, 3, Cells.NOT_APPLICABLE, styles.text());
        } else {
            Cells.number(row, 2, count.applyAsLong(previous), styles.count());
            Cells.number(
                    row, 3, Rates.growthRate(count.applyAsLong(current), count.applyAsLong(previous)), styles.rate());
        }
    }

    private static void writeCategories(Table table, Styles styles, CatalogFigures figures) {
        long products = 0;
        for (CatalogCategoryRow category : figures.byCategory()) {
            Row row = table.newRow();
            Cells.text(row, 0, category.code(), styles.text());
            Cells.text(row, 1, category.name(), styles.text());
            Cells.number(row, 2, category.vendorCount(), styles.count());
            Cells.number(row, 3, category.productCount(), styles.count());
            Cells.number(row, 4, category.brandCount(), styles.count());
            products += category.productCount();
        }
        // A vendor or brand present in several categories counts once in the total, as on 汇总.
        CatalogYearFigures current = figures.summary().current();
        Row total = table.newRow();
        Cells.text(total, 0, SavingsReportWriter.TOTAL, styles.totalText());
        Cells.text(total, 1, "供应商、品牌不重复计", styles.totalText());
        Cells.number(total, 2, current.vendorCount(), styles.totalCount());
        Cells.number(total, 3, products, styles.totalCount());
        Cells.number(total, 4, current.brandCount(), styles.totalCount());
    }

    private static void writeAnomaly(Styles styles, StreamedRows row, CatalogPriceAnomalyRow anomaly) {
        row.text(0, anomaly.vendorName(), styles.text());
        row.text(1, anomaly.categoryCode(), styles.text());
        row.text(2, anomaly.categoryName(), styles.text());
        row.text(3, anomaly.brand(), styles.text());
        row.text(4, anomaly.model(), styles.text());
        row.number(5, anomaly.unitPrice(), styles.money());
        row.number(6, anomaly.peerCount(), styles.count());
        row.number(7, anomaly.peerMedian(), styles.money());
        row.number(8, anomaly.ratio(), styles.rate());
    }

    private static void writeProduct(Styles styles, StreamedRows row, CatalogProductRow product) {
        row.text(0, product.categoryCode(), styles.text());
        row.text(1, product.categoryName(), styles.text());
        row.text(2, product.vendorName(), styles.text());
        row.text(3, product.vendorUscc(), styles.text());
        row.text(4, product.brand(), styles.text());
        row.text(5, product.model(), styles.text());
        row.text(6, product.specs(), styles.text());
        row.number(7, product.unitPrice(), styles.money());
    }
}
