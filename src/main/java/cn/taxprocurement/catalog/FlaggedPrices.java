package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The flagged price checks of a report's rounds, found by listing id, in arrays of primitives: a round of a million
 * listings may have a third of them flagged, too many to hold as objects beside the report being written.
 */
public final class FlaggedPrices {
    private long[] ids = new long[16];
    private int[] peerCounts = new int[16];
    private long[] medianCents = new long[16];
    private long[] ratioHundredths = new long[16];
    private int size;

    /** Adds a flagged listing's check; each listing once. */
    void add(long id, PriceCheck check) {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            peerCounts = Arrays.copyOf(peerCounts, capacity);
            medianCents = Arrays.copyOf(medianCents, capacity);
            ratioHundredths = Arrays.copyOf(ratioHundredths, capacity);
        }
        ids[size] = id;
        peerCounts[size] = check.peerCount();
        medianCents[size] = hundredths(check.peerMedian());
        ratioHundredths[size] = hundredths(check.ratio());
        size++;
    }

    /** Every check is in: from now on they are found by id. */
    void seal() {
        long[] sortedIds = Arrays.copyOf(ids, size);
        Arrays.sort(sortedIds);
        int[] sortedPeerCounts = new int[size];
        long[] sortedMedians = new long[size];
        long[] sortedRatios = new long[size];
        for (int added = 0; added < size; added++) {
            int rank = Arrays.binarySearch(sortedIds, ids[added]);
            sortedPeerCounts[rank] = peerCounts[added];
            sortedMedians[rank] = medianCents[added];
            sortedRatios[rank] = ratioHundredths[added];
        }
        ids = sortedIds;
        peerCounts = sortedPeerCounts;
        medianCents = sortedMedians;
        ratioHundredths = sortedRatios;
    }

    /** Whether the price of the listing of that id is flagged. */
    public boolean flagged(long id) {
        return Arrays.binarySearch(ids, 0, size, id) >= 0;
    }

    /** The check of the listing of that id when its price is flagged, else null. */
    public PriceCheck of(long id) {
        int rank = Arrays.binarySearch(ids, 0, size, id);
        return rank < 0
                ? null
                : new PriceCheck(
                        peerCounts[rank],
                        BigDecimal.valueOf(medianCents[rank], 2),
                        BigDecimal.valueOf(ratioHundredths[rank], 2),
                        true);
    }

    /** A flagged check's median or ratio, which it holds to two decimals, in hundredths. */
    private static long hundredths(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }
}
