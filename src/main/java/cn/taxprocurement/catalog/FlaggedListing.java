package cn.taxprocurement.catalog;

import java.math.BigDecimal;

/** An approved listing whose price check is flagged, as a report of the catalog's flagged prices shows it. */
public record FlaggedListing(
        String vendorName, String categoryCode, String brand, String model, BigDecimal unitPrice, PriceCheck check) {}
