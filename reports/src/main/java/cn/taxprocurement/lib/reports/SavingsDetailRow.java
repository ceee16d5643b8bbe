package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One awarded project on the 项目明细 sheet; savingsRate is a percentage, awardedOn the award date in Beijing time. */
public record SavingsDetailRow(
        String projectCode,
        String title,
        String categoryCode,
        String categoryName,
        String methodName,
        BigDecimal budget,
        BigDecimal awarded,
        BigDecimal savings,
        BigDecimal savingsRate,
        String vendorName,
        LocalDate awardedOn) {}
