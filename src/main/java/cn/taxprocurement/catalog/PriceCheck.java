package cn.taxprocurement.catalog;

import java.math.BigDecimal;

/**
 * A listing's price against its peers' median: the peers are the other vendors' live listings of the same brand and
 * model in the round or, with fewer than {@link #MIN_MODEL_PEERS} of those, of the same category; flagged outside
 * [{@link #LOW}, {@link #HIGH}]. With no peers at all there is nothing to compare: median and ratio are null.
 */
public record PriceCheck(int peerCount, BigDecimal peerMedian, BigDecimal ratio, boolean flagged) {
    static final int MIN_MODEL_PEERS = 3;
    static final BigDecimal HIGH = new BigDecimal("1.5");
    static final BigDecimal LOW = new BigDecimal("0.5");
}
