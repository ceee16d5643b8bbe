package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the catalog is ordered, by the value of the {@code sort} parameter; equal prices keep the id's order, so pages
 * never overlap. Each order is an index's own order for one category (see V12).
 */
public enum CatalogSort {
    NEWEST("newest", "p.id DESC"),
    PRICE("price", "p.unit_price, p.id"),
    PRICE_DESCENDING("-price", "p.unit_price DESC, p.id DESC");

    private final String value;
    private final String orderBy;

    CatalogSort(String value, String orderBy) {
        this.value = value;
        this.orderBy = orderBy;
    }

    /** The order named in a query, newest first when none is. */
    public static CatalogSort of(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.value.equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> Refusal.onField(
                        "sort",
                        RefusalCode.CATALOG_SORT_UNKNOWN,
                        value.strip(),
                        Arrays.stream(values()).map(CatalogSort::value).collect(Collectors.joining(", "))));
    }

    /** The value of the {@code sort} parameter that asks for this order. */
    public String value() {
        return value;
    }

    String orderBy() {
        return orderBy;
    }
}
