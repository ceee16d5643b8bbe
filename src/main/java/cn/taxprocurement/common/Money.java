package cn.taxprocurement.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** Money in yuan at scale 2; rates are the reports library's {@code Rates}. */
public final class Money {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    /** The largest amounts the service takes: the columns' precision. */
    public enum Limit {
        /** A project's budget, a bid, an award: DECIMAL(14,2). */
        PROJECT(new BigDecimal("999999999999.99")),
        /** A listing's unit price: DECIMAL(11,2). */
        PRICE(new BigDecimal("999999999.99"));

        private final BigDecimal max;

        Limit(BigDecimal max) {
            this.max = max;
        }

        public BigDecimal max() {
            return max;
        }

        /** Why {@code amount} is not a valid amount under this limit, if it is not. */
        public Optional<RefusalCode> refusalOf(BigDecimal amount) {
            if (amount.signum() <= 0 || amount.compareTo(max) > 0) {
                return Optional.of(RefusalCode.AMOUNT_OUT_OF_RANGE);
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                return Optional.of(RefusalCode.AMOUNT_SCALE);
            }
            return Optional.empty();
        }

        /** {@code amount} at scale 2, or the refusal of {@code field} naming this limit. */
        public BigDecimal checked(String field, BigDecimal amount) {
            if (amount == null) {
                throw Refusal.onField(field, RefusalCode.AMOUNT_OUT_OF_RANGE, max.toPlainString());
            }
            refusalOf(amount).ifPresent(code -> {
                throw Refusal.onField(field, code, max.toPlainString());
            });
            return amount.setScale(2);
        }
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Money as people read it: {@code ¥1,520,000.00}. */
    public static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "¥%,.2f", yuan(amount));
    }
}
