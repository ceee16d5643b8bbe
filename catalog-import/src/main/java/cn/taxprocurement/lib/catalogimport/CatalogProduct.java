package cn.taxprocurement.lib.catalogimport;

import java.math.BigDecimal;

/** A row that passed every check: the listing it becomes, with the price in yuan at scale 2. */
public record CatalogProduct(
        int rowNumber, String categoryCode, String brand, String model, String specs, BigDecimal unitPrice) {

    /**
     * Brand and model as duplicates are compared (NFKC, trimmed, lower-case), for the service to match listings it
     * already has the same way the file's own rows are matched.
     */
    public static String brandModelKey(String brand, String model) {
        return RowValidator.brandModelKey(brand, model);
    }
}
