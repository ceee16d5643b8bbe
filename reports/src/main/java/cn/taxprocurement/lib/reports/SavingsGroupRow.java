package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;

/** Savings of one category or one procurement method (name in Chinese, e.g. 公开招标); savingsRate is a percentage. */
public record SavingsGroupRow(
        String code,
        String name,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsRate) {}
