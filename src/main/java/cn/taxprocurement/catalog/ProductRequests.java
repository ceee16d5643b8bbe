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
            @NotNull(message = "请选择入围采购") Long roundId,
            @NotBlank(message = "品目编码不能为空") String categoryCode,

            @NotBlank(message = "品牌不能为空") @Size(max = 100, message = "品牌不能超过 100 个字符")
            String brand,

            @NotBlank(message = "型号不能为空") @Size(max = 100, message = "型号不能超过 100 个字符")
            String model,

            @Size(max = 2000, message = "规格参数不能超过 2000 个字符") String specs,

            @NotNull(message = "单价不能为空") @Yuan(Money.Limit.PRICE)
            BigDecimal unitPrice) {}

    /** Why an officer refuses a listing. */
    public record Reject(
            @NotBlank(message = "请填写驳回原因") @Size(max = 500, message = "驳回原因不能超过 500 个字符")
            String reason) {}
}
