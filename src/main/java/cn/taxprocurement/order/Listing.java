package cn.taxprocurement.order;

import java.math.BigDecimal;

/** A shortlist listing as orders read it: its vendor, its round's year, its status and its current price. */
public record Listing(
        long id,
        long vendorId,
        String vendorName,
        int roundYear,
        String categoryCode,
        String brand,
        String model,
        BigDecimal unitPrice,
        String status) {

    /** Listings are bought while APPROVED, from a round of this year or last year. */
    boolean orderable(int thisYear) {
        return "APPROVED".equals(status) && (roundYear == thisYear || roundYear == thisYear - 1);
    }
}
