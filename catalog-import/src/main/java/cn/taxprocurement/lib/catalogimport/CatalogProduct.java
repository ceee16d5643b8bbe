package cn.taxprocurement.lib.catalogimport;

import java.math.BigDecimal;

/** A row that passed every check: the listing it becomes, with the price in yuan at scale 2. */
public record CatalogProduct(
        int rowNumber, String categoryCode, String brand, String model, String specs, BigDecimal unitPrice) {}
