package cn.taxprocurement.report;

import java.math.BigDecimal;
import java.util.List;

/** The shortlist catalog figures of a year (入围目录统计), compared with the year before. */
public record CatalogReport(
        int year,
        long categoryCount,
        long vendorCount,
        long productCount,
        long brandCount,
        Totals previousYear,
        BigDecimal productGrowthRate,
        BigDecimal vendorGrowthRate,
        List<CategoryLine> byCategory) {

    /** The counts of one year over its approved listings. */
    public record Totals(int year, long categoryCount, long vendorCount, long productCount, long brandCount) {
        boolean isEmpty() {
            return productCount == 0;
        }
    }

    /** The counts of one category in the year. */
    public record CategoryLine(
            String categoryCode, String categoryName, long vendorCount, long productCount, long brandCount) {}
}
