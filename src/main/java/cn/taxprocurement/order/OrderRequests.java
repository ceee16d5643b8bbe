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
            @NotEmpty(message = "请至少选择一件产品") @Size(max = 100, message = "一个订单不能超过 100 行")
            List<@Valid @NotNull(message = "订单行不能为空") Line> lines,

            @NotBlank(message = "请填写收货地址") @Size(max = 500, message = "收货地址不能超过 500 个字符")
            String deliveryAddress,

            @Size(max = 500, message = "备注不能超过 500 个字符") String note) {}

    /** How many of one listing. */
    public record Line(
            @NotNull(message = "请选择产品") Long productId,

            @NotNull(message = "请填写数量")
            @Min(value = 1, message = "数量应在 1 到 100000 之间")
            @Max(value = 100_000, message = "数量应在 1 到 100000 之间")
            Integer quantity) {}

    /** Why a vendor declines or a buyer cancels an order. */
    public record Reason(
            @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过 500 个字符")
            String reason) {}

    /** The buyer's note on accepting a delivery (验收意见). */
    public record Accept(
            @NotBlank(message = "请填写验收意见") @Size(max = 500, message = "验收意见不能超过 500 个字符")
            String note) {}
}
