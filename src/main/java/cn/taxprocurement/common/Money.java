package cn.taxprocurement.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money in yuan at scale 2; rates are the reports library's {@code Rates}. */
public final class Money {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Money as people read it: {@code ¥1,520,000.00}. */
    public static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "¥%,.2f", yuan(amount));
    }
}
