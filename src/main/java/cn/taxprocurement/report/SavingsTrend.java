package cn.taxprocurement.report;

import java.math.BigDecimal;
import java.util.List;

/** Savings over a span of years, every year listed (empty ones with zeros), optionally split into groups. */
public record SavingsTrend(List<TrendYear> years) {

    /** One year's savings, with its groups' when the trend is split. */
    public record TrendYear(
            int year,
            long projectCount,
            BigDecimal budgetTotal,
            BigDecimal awardedTotal,
            BigDecimal savingsRate,
            List<Group> groups) {}

    /** One category's, method's or buying unit's savings in a year. */
    public record Group(
            String key,
            String name,
            long projectCount,
            BigDecimal budgetTotal,
            BigDecimal awardedTotal,
            BigDecimal savingsRate) {}

    /** What a trend statement reads: a year, a group's key and name, and its sums. */
    record Sums(
            int year, String key, String name, long projectCount, BigDecimal budgetTotal, BigDecimal awardedTotal) {}

    /** How a trend may be split. */
    public enum By {
        CATEGORY,
        METHOD,
        UNIT
    }
}
