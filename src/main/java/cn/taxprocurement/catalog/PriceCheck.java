package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A listing's price against its peers' median: the peers are the other vendors' live listings of the same brand and
 * model in the round or, with fewer than {@link #MIN_MODEL_PEERS} of those, of the same category; flagged outside
 * [{@link #LOW}, {@link #HIGH}]. With no peers at all there is nothing to compare: median and ratio are null.
 */
public record PriceCheck(int peerCount, BigDecimal peerMedian, BigDecimal ratio, boolean flagged) {
    static final int MIN_MODEL_PEERS = 3;
    static final BigDecimal HIGH = new BigDecimal("1.5");
    static final BigDecimal LOW = new BigDecimal("0.5");

    /** The check of a price against its peers' median (null without peers); the ratio shown to 2 decimals. */
    static PriceCheck of(BigDecimal price, int peerCount, BigDecimal median) {
        if (peerCount == 0 || median == null || median.signum() == 0) {
            return new PriceCheck(peerCount, null, null, false);
        }
        BigDecimal exact = price.divide(median, 10, RoundingMode.HALF_UP);
        boolean flagged = exact.compareTo(HIGH) > 0 || exact.compareTo(LOW) < 0;
        return new PriceCheck(
                peerCount, median.setScale(2, RoundingMode.HALF_UP), exact.setScale(2, RoundingMode.HALF_UP), flagged);
    }

    /** The {@code flagged} query: true, false, or null when absent; anything else is invalid input. */
    static Boolean flaggedQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refusal.onField("flagged", RefusalCode.VALUE_NOT_RECOGNISED, value.strip());
        };
    }
}
