package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two rates the reports print, as DESIGN.md defines them: percentages, HALF_UP to 2 decimals, from unrounded sums. */
public final class Rates {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {}

    /** (budget − awarded) / budget × 100, or null when there is no budget to save on. */
    public static BigDecimal savingsRate(BigDecimal budgetTotal, BigDecimal awardedTotal) {
        if (budgetTotal.signum() == 0) {
            return null;
        }
        return budgetTotal.subtract(awardedTotal).multiply(HUNDRED).divide(budgetTotal, 2, RoundingMode.HALF_UP);
    }

    /** (current − previous) / previous × 100, or null when the previous year has nothing to grow from. */
    public static BigDecimal growthRate(long current, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current - previous)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP);
    }
}
