package cn.taxprocurement.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The non-price points of opened valid bids under 综合评分法 (COMPREHENSIVE_SCORE). */
public record ScoreBids(
        @NotNull(message = "{taxprocurement.score.required}") @Size(max = 500, message = "{taxprocurement.scores.size}")
        List<@Valid @NotNull Score> scores) {

    /** One bid's non-price points: 0 to 100 − priceWeight. */
    public record Score(
            @NotNull(message = "{taxprocurement.bid.required}")
            Long bidId,

            @NotNull(message = "{taxprocurement.score.other.required}")
            BigDecimal otherScore) {}
}
