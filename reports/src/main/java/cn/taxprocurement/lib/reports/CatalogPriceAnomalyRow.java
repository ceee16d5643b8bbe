package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;

/** One approved listing whose price check is flagged, on the 价格异常 sheet: its price against its peers' median. */
public record CatalogPriceAnomalyRow(
        String vendorName,
        String categoryCode,
        String categoryName,
        String brand,
        String model,
        BigDecimal unitPrice,
        int peerCount,
        BigDecimal peerMedian,
        BigDecimal ratio) {}
