package cn.taxprocurement.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in yuan at scale 2; rates are the reports library's {@code Rates}. */
public final class Money {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
