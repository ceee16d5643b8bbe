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
            @NotNull(message = "单价不能为空") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice,

            @NotBlank(message = "请填写降价原因") @Size(max = 500, message = "降价原因不能超过 500 个字符")
            String reason) {}

    /** Why an officer refuses a price change, or suspends a listing. */
    public record Reason(
            @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过 500 个字符")
            String reason) {}

    /** An officer's optional reason for approving a listing; required when its price check flags it. */
    public record Approve(
            @Size(max = 500, message = "原因不能超过 500 个字符") String reason) {}
}
