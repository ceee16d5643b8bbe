package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A vendor's sealed bid amount. */
public record PlaceBid(
        @NotNull(message = "{taxprocurement.bid.amount.required}") @Yuan(Money.Limit.PROJECT)
        BigDecimal amount) {}
