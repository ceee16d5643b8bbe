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
        @NotBlank(message = "{taxprocurement.project.title.required}")
        @Size(max = 200, message = "{taxprocurement.project.title.size}")
        String title,

        @Year Integer year,

        @NotBlank(message = "{taxprocurement.category.required}")
        String categoryCode,

        @NotNull(message = "{taxprocurement.method.required}")
        ProcurementMethod method,

        @NotNull(message = "{taxprocurement.budget.required}") @Yuan(Money.Limit.PROJECT)
        BigDecimal budgetAmount,

        @NotNull(message = "{taxprocurement.awarded.amount.required}") @Yuan(Money.Limit.PROJECT)
        BigDecimal awardedAmount,

        @NotNull(message = "{taxprocurement.vendor.awarded.required}")
        Long vendorId,

        @NotNull(message = "{taxprocurement.awarded.at.required}")
        OffsetDateTime awardedAt,

        @NotBlank(message = "{taxprocurement.reference.required}")
        @Size(max = 100, message = "{taxprocurement.reference.size}")
        String reference) {}
