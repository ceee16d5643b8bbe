package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;

/** One approved product on the 产品明细 sheet; the vendor's texts are written as they came, always as text. */
public record CatalogProductRow(
        String categoryCode,
        String categoryName,
        String vendorName,
        String vendorUscc,
        String brand,
        String model,
        String specs,
        BigDecimal unitPrice) {}
