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
            @NotBlank(message = "请填写竞价名称") @Size(max = 200, message = "竞价名称不能超过 200 个字符")
            String title,

            @NotBlank(message = "请选择品目") String categoryCode,

            @NotNull(message = "请填写数量")
            @Min(value = 1, message = "数量应在 1 到 100000 之间")
            @Max(value = 100_000, message = "数量应在 1 到 100000 之间")
            Integer quantity,

            @NotBlank(message = "请填写采购需求") @Size(max = 2000, message = "采购需求不能超过 2000 个字符")
            String requirement,

            @NotEmpty(message = "请选择参与竞价的产品") @Size(max = 50, message = "参与竞价的产品不能超过 50 个")
            List<@NotNull Long> productIds,

            @NotNull(message = "请填写报价截止时间") OffsetDateTime deadline,

            @Size(max = 500, message = "收货地址不能超过 500 个字符") String deliveryAddress) {}

    /** An invited vendor's quote: one of its listings of the competition, at a unit price no higher than listed. */
    public record Quote(
            @NotNull(message = "请选择产品") Long productId,

            @NotNull(message = "请填写报价") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice) {}
}
