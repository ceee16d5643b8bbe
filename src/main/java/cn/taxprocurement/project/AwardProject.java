package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Yuan;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The award (定标): the winning bid, and a written reason when it is not the first-ranked one; an
 * {@code awardedAmount}, when given, must be the bid's own.
 */
public record AwardProject(
        @NotNull(message = "{taxprocurement.bid.awarded.required}")
        Long bidId,

        @Yuan(Money.Limit.PROJECT) BigDecimal awardedAmount,

        @Size(max = 500, message = "{taxprocurement.justification.size}")
        String reason) {}
