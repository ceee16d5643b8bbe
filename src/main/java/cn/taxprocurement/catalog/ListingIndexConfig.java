package cn.taxprocurement.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How each replica's listing index follows the change feed. */
@ConfigMapping(prefix = "procurement.listing-index")
public interface ListingIndexConfig {
    /** How often the replica reads the feed: other replicas' writes reach its searches within three times this. */
    Duration followEvery();

    /**
     * How long an id missing from the feed, below ids already read, is looked for again: the row of a transaction
     * still open when later ones committed. Longer than any transaction that writes listings.
     */
    @WithDefault("PT5M")
    Duration gapTimeout();
}
