package cn.taxprocurement.catalog;

import java.math.BigDecimal;

/** A product listing as the API shows it, with its vendor's name. */
public record ProductView(
        Long id,
        Long vendorId,
        String vendorName,
        Long roundId,
        String categoryCode,
        String brand,
        String model,
        String specs,
        BigDecimal unitPrice,
        ProductStatus status,
        String rejectReason) {}
