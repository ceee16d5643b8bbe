package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A request to lower a listing's price as the API shows it, with the listing it concerns. */
public record PriceChangeView(
        Long id,
        Long productId,
        Long vendorId,
        String vendorName,
        String brand,
        String model,
        BigDecimal oldPrice,
        BigDecimal newPrice,
        String reason,
        PriceChangeStatus status,
        String rejectReason,
        String proposedBy,
        OffsetDateTime proposedAt,
        String decidedBy,
        OffsetDateTime decidedAt) {}
