package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Year;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A result procured elsewhere (采购结果登记): what was bought, from whom, for how much, when, and the contract or
 * notice number it is known by there.
 */
public record RecordResult(
        @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不能超过 200 个字符")
        String title,

        @Year Integer year,

        @NotBlank(message = "请选择品目") String categoryCode,
        @NotNull(message = "请选择采购方式") ProcurementMethod method,

        @NotNull(message = "请填写预算金额") @Yuan(Money.Limit.PROJECT)
        BigDecimal budgetAmount,

        @NotNull(message = "请填写成交金额") @Yuan(Money.Limit.PROJECT)
        BigDecimal awardedAmount,

        @NotNull(message = "请选择成交供应商") Long vendorId,
        @NotNull(message = "请填写成交时间") OffsetDateTime awardedAt,

        @NotBlank(message = "请填写合同或公告编号") @Size(max = 100, message = "合同或公告编号不能超过 100 个字符")
        String reference) {}
