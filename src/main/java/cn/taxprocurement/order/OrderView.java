package cn.taxprocurement.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** An order as the API and the pages show it. */
public record OrderView(
        Long id,
        String code,
        int year,
        String unit,
        String buyer,
        Long vendorId,
        String vendorName,
        OrderMethod method,
        OrderStatus status,
        List<Line> lines,
        BigDecimal listedTotal,
        BigDecimal total,
        String deliveryAddress,
        String note,
        Long competitionId,
        OffsetDateTime createdAt,
        OffsetDateTime confirmedAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime acceptedAt,
        String acceptanceNote,
        String declineReason,
        String cancelReason) {

    /** One line: the listing, how many, the listed price when ordered and the price agreed. */
    public record Line(
            Long productId,
            String brand,
            String model,
            String categoryCode,
            int quantity,
            BigDecimal listedPrice,
            BigDecimal unitPrice,
            BigDecimal lineTotal) {}

    /** What the buyer saves against the listed prices. */
    public BigDecimal savings() {
        return listedTotal.subtract(total);
    }

    static OrderView of(PurchaseOrder o, String vendorName) {
        return new OrderView(
                o.id,
                o.code,
                o.year,
                o.unit,
                o.buyer,
                o.vendorId,
                vendorName,
                o.method,
                o.status,
                o.lines.stream()
                        .map(l -> new Line(
                                l.productId,
                                l.brand,
                                l.model,
                                l.categoryCode,
                                l.quantity,
                                l.listedPrice,
                                l.unitPrice,
                                l.lineTotal))
                        .toList(),
                o.listedTotal,
                o.total,
                o.deliveryAddress,
                o.note,
                o.competitionId,
                utc(o.createdAt),
                utc(o.confirmedAt),
                utc(o.deliveredAt),
                utc(o.acceptedAt),
                o.acceptanceNote,
                o.declineReason,
                o.cancelReason);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
