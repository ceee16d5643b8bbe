package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The award (中标/成交): which vendor, at what amount, and optionally the bid it won with. */
public record AwardProject(
        @NotNull(message = "请选择成交供应商") Long vendorId,

        @NotNull(message = "请填写成交金额") @Yuan(Money.Limit.PROJECT)
        BigDecimal awardedAmount,

        Long bidId) {}
