package cn.taxprocurement.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What officers and vendors send about orders. */
public final class OrderRequests {
    private OrderRequests() {}

    /** A direct selection (直接选定): listings of one vendor, at their listed prices, delivered to one address. */
    public record Place(
            @NotEmpty(message = "{taxprocurement.listings.required}")
            @Size(max = 100, message = "{taxprocurement.order.lines.size}")
            List<@Valid @NotNull(message = "{taxprocurement.order.lines.required}") Line> lines,

            @NotBlank(message = "{taxprocurement.address.required}")
            @Size(max = 500, message = "{taxprocurement.address.size}")
            String deliveryAddress,

            @Size(max = 500, message = "{taxprocurement.note.size}")
            String note) {}

    /** How many of one listing. */
    public record Line(
            @NotNull(message = "{taxprocurement.listing.required}")
            Long productId,

            @NotNull(message = "{taxprocurement.quantity.required}")
            @Min(value = 1, message = "{taxprocurement.quantity.range}")
            @Max(value = 100_000, message = "{taxprocurement.quantity.range}")
            Integer quantity) {}

    /** Why a vendor declines or a buyer cancels an order. */
    public record Reason(
            @NotBlank(message = "{taxprocurement.reason.required}")
            @Size(max = 500, message = "{taxprocurement.reason.size}")
            String reason) {}

    /** The buyer's note on accepting a delivery (验收意见). */
    public record Accept(
            @NotBlank(message = "{taxprocurement.acceptance.required}")
            @Size(max = 500, message = "{taxprocurement.acceptance.size}")
            String note) {}
}
