package cn.taxprocurement.order;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What officers and vendors send about competitions (二次竞价). */
public final class CompetitionRequests {
    private CompetitionRequests() {}

    /** A competition among shortlisted listings of one category, for a quantity, open to quotes until the deadline. */
    public record Start(
            @NotBlank(message = "{taxprocurement.competition.title.required}")
            @Size(max = 200, message = "{taxprocurement.competition.title.size}")
            String title,

            @NotBlank(message = "{taxprocurement.category.required}")
            String categoryCode,

            @NotNull(message = "{taxprocurement.quantity.required}")
            @Min(value = 1, message = "{taxprocurement.quantity.range}")
            @Max(value = 100_000, message = "{taxprocurement.quantity.range}")
            Integer quantity,

            @NotBlank(message = "{taxprocurement.requirements.required}")
            @Size(max = 2000, message = "{taxprocurement.requirements.size}")
            String requirement,

            @NotEmpty(message = "{taxprocurement.competition.listings.required}")
            @Size(max = 50, message = "{taxprocurement.competition.listings.size}")
            List<@NotNull Long> productIds,

            @NotNull(message = "{taxprocurement.deadline.quote.required}")
            OffsetDateTime deadline,

            @Size(max = 500, message = "{taxprocurement.address.size}")
            String deliveryAddress) {}

    /** An invited vendor's quote: one of its listings of the competition, at a unit price no higher than listed. */
    public record Quote(
            @NotNull(message = "{taxprocurement.listing.required}")
            Long productId,

            @NotNull(message = "{taxprocurement.quote.required}") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice) {}
}
