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
        @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不能超过 200 个字符")
        String title,

        @Year Integer year,

        @NotBlank(message = "请选择品目") String categoryCode,
        @NotNull(message = "请选择采购方式") ProcurementMethod method,

        @NotNull(message = "请填写预算金额") @Yuan(Money.Limit.PROJECT)
        BigDecimal budgetAmount,

        Long batchId,
        EvaluationMethod evaluationMethod,
        Integer priceWeight,

        @Size(max = 200, message = "邀请的供应商不能超过 200 家") List<Long> invitedVendorIds) {

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
