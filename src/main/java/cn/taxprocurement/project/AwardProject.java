package cn.taxprocurement.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The award (中标/成交): which vendor, at what amount, and optionally the bid it won with. */
public record AwardProject(
        @NotNull(message = "请选择成交供应商") Long vendorId,

        @NotNull(message = "请填写成交金额")
        @DecimalMin(value = "0", inclusive = false, message = "成交金额应大于 0")
        @DecimalMax(value = "999999999999.99", message = "成交金额不能超过 999999999999.99 元")
        @Digits(integer = 12, fraction = 2, message = "成交金额最多保留两位小数")
        BigDecimal awardedAmount,

        Long bidId) {}
