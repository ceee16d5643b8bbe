package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What buyers ask of the shortlisted catalog: a search, and listings to compare. */
public final class CatalogRequests {
    private CatalogRequests() {}

    /** A search of the catalog: filters (null means any), a price range in yuan and an order. */
    public record Search(
            Long roundId,
            String categoryCode,
            String brand,
            String text,
            BigDecimal minPrice,
            BigDecimal maxPrice,
            CatalogSort sort) {
        public Search {
            if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
                throw Refusal.onField(
                        "minPrice",
                        RefusalCode.PRICE_RANGE_INVERTED,
                        minPrice.toPlainString(),
                        maxPrice.toPlainString());
            }
            sort = sort == null ? CatalogSort.NEWEST : sort;
        }

        /** A search as the query string gives it: prices and order as typed, refused when they are not valid. */
        public static Search of(
                Long roundId,
                String categoryCode,
                String brand,
                String text,
                String minPrice,
                String maxPrice,
                String sort) {
            return new Search(
                    roundId,
                    blank(categoryCode),
                    blank(brand),
                    blank(text),
                    price("minPrice", minPrice),
                    price("maxPrice", maxPrice),
                    CatalogSort.of(sort));
        }

        ProductFilter filter() {
            return new ProductFilter(roundId, categoryCode, ProductStatus.APPROVED, null, brand, text);
        }

        /** A bound of the price range: an amount from 0 up to the largest price, with at most two decimals. */
        private static BigDecimal price(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw Refusal.onField(field, RefusalCode.PRICE_FILTER_INVALID, field);
            }
            if (amount.signum() < 0
                    || amount.compareTo(Money.Limit.PRICE.max()) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                throw Refusal.onField(field, RefusalCode.PRICE_FILTER_INVALID, field);
            }
            return amount;
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Listings to compare side by side: 2 to 4 distinct ids. */
    public record Compare(List<Long> ids) {
        static final int MIN = 2;
        static final int MAX = 4;

        public Compare {
            ids = List.copyOf(new LinkedHashSet<>(ids));
            if (ids.size() < MIN || ids.size() > MAX) {
                throw Refusal.onField("ids", RefusalCode.COMPARE_IDS_INVALID);
            }
        }

        /** The ids as a query gives them: comma-separated, in one parameter or several (a form's checkboxes). */
        public static Compare of(List<String> values) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String value : values == null ? List.<String>of() : values) {
                for (String id : value.split(",", -1)) {
                    try {
                        ids.add(Long.valueOf(id.strip()));
                    } catch (NumberFormatException e) {
                        throw Refusal.onField("ids", RefusalCode.COMPARE_IDS_INVALID);
                    }
                }
            }
            return new Compare(new ArrayList<>(ids));
        }
    }
}
