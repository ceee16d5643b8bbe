package cn.taxprocurement.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a replica has read the listings' change feed. Ids are handed out when a transaction writes its row, not
 * when it commits, so a row can appear after rows with higher ids: the ids skipped below the newest one read are
 * gaps, read again until they appear or the gap timeout passes (a rolled-back transaction leaves one for good).
 */
final class FeedPosition {
    /** Beyond this many open gaps the oldest are given up: a jump in ids, not transactions still open. */
    private static final int MAX_GAPS = 1_000;

    private final long gapTimeoutNanos;
    private long newest;
    private final Map<Long, Long> gaps = new LinkedHashMap<>();

    /** The position of a reader that has seen every row up to {@code newest}. */
    FeedPosition(long newest, long gapTimeoutNanos) {
        this.newest = newest;
        this.gapTimeoutNanos = gapTimeoutNanos;
    }

    long newest() {
        return newest;
    }

    /** The ids skipped so far, still looked for. */
    List<Long> gaps() {
        return new ArrayList<>(gaps.keySet());
    }

    /** Takes in the ids of rows just read, in ascending order, at {@code now} (nanoseconds). */
    void read(List<Long> ids, long now) {
        for (long id : ids) {
            if (gaps.remove(id) == null && id > newest) {
                for (long skipped = Math.max(newest + 1, id - MAX_GAPS); skipped < id; skipped++) {
                    gaps.put(skipped, now);
                }
                newest = id;
            }
        }
        gaps.values().removeIf(since -> now - since > gapTimeoutNanos);
        var oldest = gaps.keySet().iterator();
        while (gaps.size() > MAX_GAPS) {
            oldest.next();
            oldest.remove();
        }
    }
}
