package cn.taxprocurement.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A product listing as the API shows it, with its vendor's name; {@code priceCheck} only for officers (absent
 * otherwise), {@code suspendReason} once an officer has suspended it.
 */
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
        String rejectReason,
        String suspendReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) PriceCheck priceCheck) {

    ProductView withPriceCheck(PriceCheck check) {
        return new ProductView(
                id,
                vendorId,
                vendorName,
                roundId,
                categoryCode,
                brand,
                model,
                specs,
                unitPrice,
                status,
                rejectReason,
                suspendReason,
                check);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
