package cn.taxprocurement.lib.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A year's figures as the yearbook prints them (年鉴): amounts in 亿元, and the paragraph in its words, e.g.
 * 「2018年，完成信息化采购项目80个，预算金额为12.21亿元，采购金额为11.28亿元，资金节约率约7.61%；组织完成8类信息化产品入围采购，共有77家供应商、
 * 1385种产品入围。」
 */
public record Yearbook(
        int year,
        long projectCount,
        BigDecimal budgetTotal,
        BigDecimal awardedTotal,
        BigDecimal savingsRate,
        long categoryCount,
        long vendorCount,
        long productCount,
        BigDecimal productGrowthRate) {
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);

    public BigDecimal budgetYi() {
        return yi(budgetTotal);
    }

    public BigDecimal awardedYi() {
        return yi(awardedTotal);
    }

    /** The paragraph: the projects' sentence, then the shortlist's with its growth when the year before had one. */
    public String text() {
        StringBuilder text = new StringBuilder().append(year).append("年，");
        if (projectCount > 0) {
            text.append("完成信息化采购项目")
                    .append(projectCount)
                    .append("个，预算金额为")
                    .append(budgetYi().toPlainString())
                    .append("亿元，采购金额为")
                    .append(awardedYi().toPlainString())
                    .append("亿元");
            if (savingsRate != null) {
                text.append("，资金节约率约").append(savingsRate.toPlainString()).append('%');
            }
        }
        if (productCount > 0) {
            text.append(projectCount > 0 ? "；" : "")
                    .append("组织完成")
                    .append(categoryCount)
                    .append("类信息化产品入围采购，共有")
                    .append(vendorCount)
                    .append("家供应商、")
                    .append(productCount)
                    .append("种产品入围");
            if (productGrowthRate != null) {
                text.append("，入围产品数量较上年")
                        .append(productGrowthRate.signum() < 0 ? "减少" : "增长")
                        .append(productGrowthRate
                                .abs()
                                .setScale(0, RoundingMode.HALF_UP)
                                .toPlainString())
                        .append('%');
            }
        }
        if (projectCount == 0 && productCount == 0) {
            text.append("暂无已完成的信息化采购项目和入围采购");
        }
        return text.append('。').toString();
    }

    private static BigDecimal yi(BigDecimal yuan) {
        return yuan.divide(YI, 2, RoundingMode.HALF_UP);
    }
}
