package cn.taxprocurement.report;

import cn.taxprocurement.lib.reports.CatalogOrderSavings;
import cn.taxprocurement.lib.reports.SavingsGroupRow;
import cn.taxprocurement.lib.reports.SavingsSummary;
import cn.taxprocurement.project.ProcurementMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Savings of a year (节约率) over its AWARDED projects, overall, by category and by procurement method, and over its
 * orders from the shortlist. Rates are percentages from the unrounded sums, null when there is no budget.
 */
public record SavingsReport(
        int year,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsTotal,
        BigDecimal savingsRate,
        CatalogOrderSavings catalogOrders,
        List<ByCategory> byCategory,
        List<ByMethod> byMethod) {

    SavingsSummary summary(String yearbook, Instant generatedAt, String generatedBy) {
        return new SavingsSummary(
                year,
                projectCount,
                budgetTotal,
                awardedTotal,
                savingsTotal,
                savingsRate,
                catalogOrders,
                yearbook,
                generatedAt,
                generatedBy);
    }

    List<SavingsGroupRow> categoryRows() {
        return byCategory.stream()
                .map(c -> new SavingsGroupRow(
                        c.categoryCode(),
                        c.categoryName(),
                        c.projectCount(),
                        c.budgetTotal(),
                        c.awardedTotal(),
                        c.savingsRate()))
                .toList();
    }

    List<SavingsGroupRow> methodRows() {
        return byMethod.stream()
                .map(m -> new SavingsGroupRow(
                        m.method().name(),
                        m.methodName(),
                        m.projectCount(),
                        m.budgetTotal(),
                        m.awardedTotal(),
                        m.savingsRate()))
                .toList();
    }

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
