package cn.taxprocurement.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A competition as its reader may see it: officers see how many quotes came in, and every amount only after the
 * deadline; an invited vendor sees its own quote only.
 */
public record CompetitionView(
        Long id,
        String title,
        String categoryCode,
        int quantity,
        String requirement,
        String deliveryAddress,
        String unit,
        String createdBy,
        OffsetDateTime deadline,
        CompetitionStatus status,
        List<Long> invitedVendorIds,
        List<Long> productIds,
        List<Offered> listings,
        boolean sealed,
        Integer quoteCount,
        List<QuoteView> quotes,
        Long orderId) {

    /** A listing the competition is run among, at its current price. */
    public record Offered(
            Long productId, Long vendorId, String vendorName, String brand, String model, BigDecimal unitPrice) {}

    /** A quote, shown to its vendor, and to officers once the deadline passed. */
    public record QuoteView(
            Long id,
            Long vendorId,
            String vendorName,
            Long productId,
            BigDecimal unitPrice,
            OffsetDateTime submittedAt) {
        static QuoteView of(CompetitionQuote quote, String vendorName) {
            return new QuoteView(
                    quote.id,
                    quote.vendorId,
                    vendorName,
                    quote.productId,
                    quote.unitPrice,
                    OrderView.utc(quote.submittedAt));
        }
    }
}
