package cn.taxprocurement.report;

import cn.taxprocurement.project.ProcurementMethod;
import java.math.BigDecimal;
import java.util.List;

/**
 * Savings of a year (节约率) over its AWARDED projects, overall, by category and by procurement method. Rates are
 * percentages from the unrounded sums, null when there is no budget.
 */
public record SavingsReport(
        int year,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsTotal,
        BigDecimal savingsRate,
        List<ByCategory> byCategory,
        List<ByMethod> byMethod) {

    /** The savings of one category. */
    public record ByCategory(
            String categoryCode,
            String categoryName,
            long projectCount,
            BigDecimal budgetTotal,
            BigDecimal awardedTotal,
            BigDecimal savingsRate) {}

    /** The savings of one procurement method. */
    public record ByMethod(
            ProcurementMethod method,
            String methodName,
            long projectCount,
            BigDecimal budgetTotal,
            BigDecimal awardedTotal,
            BigDecimal savingsRate) {}
}
