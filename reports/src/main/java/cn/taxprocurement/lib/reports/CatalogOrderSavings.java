package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;

/**
 * Savings of a year's orders from the shortlist (CONFIRMED, DELIVERED or ACCEPTED): the listed prices against the prices
 * paid; savingsRate is a percentage, null without orders.
 */
public record CatalogOrderSavings(
        long orderCount,
        BigDecimal listedTotal,
        BigDecimal orderTotal,
        BigDecimal savingsTotal,
        BigDecimal savingsRate) {

    public static CatalogOrderSavings of(long orderCount, BigDecimal listedTotal, BigDecimal orderTotal) {
        return new CatalogOrderSavings(
                orderCount,
                listedTotal,
                orderTotal,
                listedTotal.subtract(orderTotal),
                Rates.savingsRate(listedTotal, orderTotal));
    }
}
