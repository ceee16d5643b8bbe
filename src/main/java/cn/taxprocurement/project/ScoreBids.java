package cn.taxprocurement.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The non-price points of opened valid bids under 综合评分法 (COMPREHENSIVE_SCORE). */
public record ScoreBids(
        @NotNull(message = "请填写评分") @Size(max = 500, message = "评分不能超过 500 条")
        List<@Valid @NotNull Score> scores) {

    /** One bid's non-price points: 0 to 100 − priceWeight. */
    public record Score(
            @NotNull(message = "请选择投标") Long bidId,
            @NotNull(message = "请填写其他评分") BigDecimal otherScore) {}
}
