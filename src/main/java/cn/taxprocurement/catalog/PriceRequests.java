package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What vendors and officers send about listing prices. */
public final class PriceRequests {
    private PriceRequests() {}

    /** A vendor's request to lower one of its listing's price, and why. */
    public record Propose(
            @NotNull(message = "{taxprocurement.unit.price.required}") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice,

            @NotBlank(message = "{taxprocurement.price.reason.required}")
            @Size(max = 500, message = "{taxprocurement.price.reason.size}")
            String reason) {}

    /** Why an officer refuses a price change, or suspends a listing. */
    public record Reason(
            @NotBlank(message = "{taxprocurement.reason.required}")
            @Size(max = 500, message = "{taxprocurement.reason.size}")
            String reason) {}

    /** An officer's optional reason for approving a listing; required when its price check flags it. */
    public record Approve(
            @Size(max = 500, message = "{taxprocurement.reason.size}")
            String reason) {}
}
