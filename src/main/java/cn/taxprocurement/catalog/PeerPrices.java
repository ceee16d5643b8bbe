package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The live prices of one category of a round, in cents and in order, with each vendor's own among them. The median of
 * the other vendors' prices is found by binary search in both, once per vendor, so the category is read once for all
 * its listings, however many there are.
 */
final class PeerPrices {
    private static final long[] NONE = {};
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final long[] cents;
    private final Map<Long, long[]> byVendor = new HashMap<>();
    private final Map<Long, BigDecimal> medians = new HashMap<>();

    /** {@code vendors[i]} offers {@code cents[i]}; the prices in ascending order. */
    PeerPrices(long[] vendors, long[] cents) {
        this.cents = cents;
        Map<Long, Integer> counts = new HashMap<>();
        for (long vendor : vendors) {
            counts.merge(vendor, 1, Integer::sum);
        }
        counts.forEach((vendor, count) -> byVendor.put(vendor, new long[count]));
        Map<Long, Integer> filled = new HashMap<>();
        for (int i = 0; i < vendors.length; i++) {
            byVendor.get(vendors[i])[filled.merge(vendors[i], 1, Integer::sum) - 1] = cents[i];
        }
    }

    /** How many of the prices are other vendors'. */
    int countWithout(long vendor) {
        return cents.length - own(vendor).length;
    }

    /**
     * The median of the other vendors' prices as MariaDB's {@code MEDIAN()} gives it, the mean of the middle two when
     * their number is even; null when there are none.
     */
    BigDecimal medianWithout(long vendor) {
        return countWithout(vendor) == 0 ? null : medians.computeIfAbsent(vendor, this::searchMedianWithout);
    }

    private BigDecimal searchMedianWithout(long vendor) {
        long[] own = own(vendor);
        int count = cents.length - own.length;
        return median(smallestWithout(own, (count - 1) / 2) + smallestWithout(own, count / 2));
    }

    /**
     * The median whose middle prices, in cents, add up to {@code middles}: the two middle ones of an even number of
     * prices, or the middle one twice.
     */
    static BigDecimal median(long middles) {
        return BigDecimal.valueOf(middles, 2).divide(TWO);
    }

    /**
     * The {@code k}-th smallest (from 0) of the prices less the vendor's own: the first price p at which the prices up
     * to p, less the vendor's up to p, number more than k. That count only grows along the prices, hence the search.
     */
    private long smallestWithout(long[] own, int k) {
        int low = 0;
        int high = cents.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            long price = cents[middle];
            if (upTo(cents, price) - upTo(own, price) > k) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return cents[low];
    }

    /** How many of the ascending prices are at most {@code price}. */
    private static int upTo(long[] ascending, long price) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= price) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private long[] own(long vendor) {
        return byVendor.getOrDefault(vendor, NONE);
    }
}
