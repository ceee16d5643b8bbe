package cn.taxprocurement.report;

import cn.taxprocurement.lib.reports.CatalogCategoryRow;
import cn.taxprocurement.lib.reports.CatalogFigures;
import cn.taxprocurement.lib.reports.CatalogSummary;
import cn.taxprocurement.lib.reports.CatalogYearFigures;
import cn.taxprocurement.lib.reports.Rates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The shortlist catalog figures of a year (入围目录统计), compared with the year before: a closed round's as fixed when it
 * closed, with the listings suspended since then counted apart.
 */
public record CatalogReport(
        int year,
        long categoryCount,
        long vendorCount,
        long productCount,
        long brandCount,
        Totals previousYear,
        BigDecimal productGrowthRate,
        BigDecimal vendorGrowthRate,
        List<CategoryLine> byCategory,
        long suspendedSinceClose) {

    /** The report of {@code current}'s year, compared with {@code previous} when that year had any listing. */
    static CatalogReport of(Totals current, Totals previous, List<CategoryLine> byCategory, long suspendedSinceClose) {
        boolean comparable = !previous.isEmpty();
        return new CatalogReport(
                current.year(),
                current.categoryCount(),
                current.vendorCount(),
                current.productCount(),
                current.brandCount(),
                comparable ? previous : null,
                comparable ? Rates.growthRate(current.productCount(), previous.productCount()) : null,
                comparable ? Rates.growthRate(current.vendorCount(), previous.vendorCount()) : null,
                byCategory,
                suspendedSinceClose);
    }

    CatalogFigures figures(Instant generatedAt, String generatedBy) {
        CatalogSummary summary = new CatalogSummary(
                new CatalogYearFigures(year, categoryCount, vendorCount, productCount, brandCount),
                previousYear == null ? null : previousYear.figures(),
                generatedAt,
                generatedBy);
        return new CatalogFigures(
                summary,
                byCategory.stream()
                        .map(c -> new CatalogCategoryRow(
                                c.categoryCode(), c.categoryName(), c.vendorCount(), c.productCount(), c.brandCount()))
                        .toList());
    }

    /** The counts of one year over its approved listings. */
    public record Totals(int year, long categoryCount, long vendorCount, long productCount, long brandCount) {
        boolean isEmpty() {
            return productCount == 0;
        }

        CatalogYearFigures figures() {
            return new CatalogYearFigures(year, categoryCount, vendorCount, productCount, brandCount);
        }
    }

    /** The counts of one category in the year. */
    public record CategoryLine(
            String categoryCode, String categoryName, long vendorCount, long productCount, long brandCount) {}
}
