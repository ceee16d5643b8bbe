package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Year;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an officer gives to open a project: it starts as a DRAFT, optionally in a batch of the same year, ranked by
 * LOWEST_PRICE unless COMPREHENSIVE_SCORE with its price weight is chosen, with its invitations if the method takes
 * them.
 */
public record CreateProject(
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

        Long batchId,
        EvaluationMethod evaluationMethod,
        Integer priceWeight,

        @Size(max = 200, message = "{taxprocurement.invitations.size}")
        List<Long> invitedVendorIds) {

    /** A project ranked by lowest price, without invitations. */
    public CreateProject(
            String title,
            Integer year,
            String categoryCode,
            ProcurementMethod method,
            BigDecimal budgetAmount,
            Long batchId) {
        this(title, year, categoryCode, method, budgetAmount, batchId, null, null, null);
    }
}
