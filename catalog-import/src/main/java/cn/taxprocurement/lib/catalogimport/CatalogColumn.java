package cn.taxprocurement.lib.catalogimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/** The columns of a vendor's catalog workbook, found by their header text in any order. */
public enum CatalogColumn {
    CATEGORY_CODE("品目编码"),
    BRAND("品牌"),
    MODEL("型号"),
    SPECS("规格参数"),
    UNIT_PRICE("单价(元)");

    private final String header;

    CatalogColumn(String header) {
        this.header = header;
    }

    /** Whether every row must fill this column; only the specifications may stay empty. */
    public boolean required() {
        return this != SPECS;
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    /**
     * The column a header cell names, tolerating surrounding spaces and full-width forms such as {@code 单价（元）}.
     */
    public static Optional<CatalogColumn> ofHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return Arrays.stream(values()).filter(c -> c.header.equals(normalized)).findFirst();
    }
}
