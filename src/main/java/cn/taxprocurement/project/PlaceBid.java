package cn.taxprocurement.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A vendor's sealed bid amount. */
public record PlaceBid(
        @NotNull(message = "请填写投标金额")
        @DecimalMin(value = "0", inclusive = false, message = "投标金额应大于 0")
        @DecimalMax(value = "999999999999.99", message = "投标金额不能超过 999999999999.99 元")
        @Digits(integer = 12, fraction = 2, message = "投标金额最多保留两位小数")
        BigDecimal amount) {}
