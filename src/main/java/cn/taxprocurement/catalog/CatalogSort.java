package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * How the catalog is ordered, by the value of the {@code sort} parameter; equal prices keep the id's order, so pages
 * never overlap. The id comes last in every order: {@link ListingIndex} reads each hit's id from it.
 */
public enum CatalogSort {
    NEWEST("newest", new Sort(id(true))),
    PRICE("price", new Sort(price(false), id(false))),
    PRICE_DESCENDING("-price", new Sort(price(true), id(true)));

    private final String value;
    private final Sort sort;

    CatalogSort(String value, Sort sort) {
        this.value = value;
        this.sort = sort;
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

    Sort sort() {
        return sort;
    }

    private static SortField id(boolean descending) {
        return new SortField(ListingIndex.ID, SortField.Type.LONG, descending);
    }

    private static SortField price(boolean descending) {
        return new SortField(ListingIndex.PRICE, SortField.Type.LONG, descending);
    }
}
