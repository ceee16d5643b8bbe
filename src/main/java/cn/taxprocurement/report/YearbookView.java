package cn.taxprocurement.report;

import cn.taxprocurement.lib.reports.Yearbook;
import java.math.BigDecimal;

/** The yearbook of a year as the API answers it: the figures, the amounts in 亿元, and the paragraph. */
public record YearbookView(
        int year,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsRate,
        BigDecimal budgetYi,
        BigDecimal awardedYi,
        long categoryCount,
        long vendorCount,
        long productCount,
        BigDecimal productGrowthRate,
        String text) {

    static YearbookView of(Yearbook yearbook) {
        return new YearbookView(
                yearbook.year(),
                yearbook.projectCount(),
                yearbook.budgetTotal(),
                yearbook.awardedTotal(),
                yearbook.savingsRate(),
                yearbook.budgetYi(),
                yearbook.awardedYi(),
                yearbook.categoryCount(),
                yearbook.vendorCount(),
                yearbook.productCount(),
                yearbook.productGrowthRate(),
                yearbook.text());
    }
}
