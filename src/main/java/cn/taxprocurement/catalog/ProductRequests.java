package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What vendors and officers send about product listings. */
public final class ProductRequests {
    private ProductRequests() {}

    /** A vendor's listing of one product in a round. */
    public record Create(
            @NotNull(message = "{taxprocurement.round.required}")
            Long roundId,

            @NotBlank(message = "{taxprocurement.category.code.required}")
            String categoryCode,

            @NotBlank(message = "{taxprocurement.brand.required}")
            @Size(max = 100, message = "{taxprocurement.brand.size}")
            String brand,

            @NotBlank(message = "{taxprocurement.model.required}")
            @Size(max = 100, message = "{taxprocurement.model.size}")
            String model,

            @Size(max = 2000, message = "{taxprocurement.specs.size}")
            String specs,

            @NotNull(message = "{taxprocurement.unit.price.required}") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice) {}

    /** Why an officer refuses a listing. */
    public record Reject(
            @NotBlank(message = "{taxprocurement.reason.rejection.required}")
            @Size(max = 500, message = "{taxprocurement.reason.rejection.size}")
            String reason) {}
}
