package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The listings of one round whose prices are being checked, with what is found of their model peers, in arrays of
 * primitives: a round may have a million listings, too many to hold as objects at the service's heap.
 */
final class CheckedListings {
    private long[] ids = new long[16];
    private long[] vendors = new long[16];
    private long[] cents = new long[16];
    private int[] categories = new int[16];
    private final List<String> categoryCodes = new ArrayList<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private int size;

    private int[] modelPeers;
    private long[] modelMiddles;
    private long[] sortedIds;
    private int[] positions;

    void add(long id, long vendor, long priceCents, String categoryCode) {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            vendors = Arrays.copyOf(vendors, capacity);
            cents = Arrays.copyOf(cents, capacity);
            categories = Arrays.copyOf(categories, capacity);
        }
        ids[size] = id;
        vendors[size] = vendor;
        cents[size] = priceCents;
        categories[size] = categoryIndex.computeIfAbsent(categoryCode, code -> {
            categoryCodes.add(code);
            return categoryCodes.size() - 1;
        });
        size++;
    }

    int size() {
        return size;
    }

    long id(int position) {
        return ids[position];
    }

    long vendor(int position) {
        return vendors[position];
    }

    BigDecimal price(int position) {
        return BigDecimal.valueOf(cents[position], 2);
    }

    String categoryCode(int position) {
        return categoryCodes.get(categories[position]);
    }

    /** Every listing added is in; from now on their model peers may be recorded and the listings found by id. */
    void seal() {
        modelPeers = new int[size];
        modelMiddles = new long[size];
        sortedIds = Arrays.copyOf(ids, size);
        Arrays.sort(sortedIds);
        positions = new int[size];
        for (int position = 0; position < size; position++) {
            positions[Arrays.binarySearch(sortedIds, ids[position])] = position;
        }
    }

    /** Where the listing of that id is, or -1 when it is not being checked. */
    int positionOf(long id) {
        int rank = Arrays.binarySearch(sortedIds, id);
        return rank < 0 ? -1 : positions[rank];
    }

    /** The listing's model peers' prices, in ascending cents: the first {@code count} of {@code ascending}. */
    void modelPeers(int position, long[] ascending, int count) {
        modelPeers[position] = count;
        modelMiddles[position] = ascending[(count - 1) / 2] + ascending[count / 2];
    }

    int modelPeerCount(int position) {
        return modelPeers[position];
    }

    /** The median of the listing's model peers' prices; only when it has any. */
    BigDecimal modelMedian(int position) {
        return PeerPrices.median(modelMiddles[position]);
    }

    /** The positions of all listings, those of a category together, categories in the order first added. */
    int[] byCategory() {
        int[] starts = new int[categoryCodes.size() + 1];
        for (int position = 0; position < size; position++) {
            starts[categories[position] + 1]++;
        }
        for (int category = 0; category < categoryCodes.size(); category++) {
            starts[category + 1] += starts[category];
        }
        int[] order = new int[size];
        for (int position = 0; position < size; position++) {
            order[starts[categories[position]]++] = position;
        }
        return order;
    }
}
