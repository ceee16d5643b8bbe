package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The year's savings figures over awarded projects and over orders from the shortlist, and the yearbook's paragraph, as
 * the 汇总 sheet shows them; savingsRate is a percentage.
 */
public record SavingsSummary(
        int year,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsTotal,
        BigDecimal savingsRate,
        CatalogOrderSavings catalogOrders,
        String yearbook,
        Instant generatedAt,
        String generatedBy) {}
