package cn.taxprocurement.report;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A year's catalog figures counted from its listings while the workbook writes them, so that a large year's product
 * table is read once, not again to count it. Counts as {@code ReportQueries.CATALOG_TOTALS} and
 * {@code CATALOG_BY_CATEGORY} do: vendors by id, brands by their key's weight under the column's collation.
 */
final class CatalogTally {
    private final int year;
    private final Map<String, Category> categories = new TreeMap<>();
    private final Set<Long> vendors = new HashSet<>();
    // Each distinct brand weight once, numbered, so that the categories' sets hold small numbers.
    private final Map<ByteBuffer, Integer> brands = new HashMap<>();
    private long products;
    private long suspendedSinceClose;

    CatalogTally(int year) {
        this.year = year;
    }

    /** Counts one listing of the year. */
    void count(String categoryCode, String categoryName, long vendorId, byte[] brandWeight, boolean suspended) {
        Integer brand = brands.computeIfAbsent(ByteBuffer.wrap(brandWeight), weight -> brands.size());
        vendors.add(vendorId);
        categories
                .computeIfAbsent(categoryCode, code -> new Category(categoryName))
                .count(vendorId, brand);
        products++;
        if (suspended) {
            suspendedSinceClose++;
        }
    }

    /** The report of the listings counted, compared with the year before's {@code previous}. */
    CatalogReport report(CatalogReport.Totals previous) {
        List<CatalogReport.CategoryLine> byCategory = categories.entrySet().stream()
                .map(e -> e.getValue().line(e.getKey()))
                .toList();
        CatalogReport.Totals current =
                new CatalogReport.Totals(year, categories.size(), vendors.size(), products, brands.size());
        return CatalogReport.of(current, previous, byCategory, suspendedSinceClose);
    }

    private static final class Category {
        private final String name;
        private final Set<Long> vendors = new HashSet<>();
        private final Set<Integer> brands = new HashSet<>();
        private long products;

        Category(String name) {
            this.name = name;
        }

        void count(long vendorId, Integer brand) {
            vendors.add(vendorId);
            brands.add(brand);
            products++;
        }

        CatalogReport.CategoryLine line(String code) {
            return new CatalogReport.CategoryLine(code, name, vendors.size(), products, brands.size());
        }
    }
}
