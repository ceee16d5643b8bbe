package cn.taxprocurement.catalog;

import java.util.List;

/**
 * Listings side by side, in the order asked. {@code categoryCode} is their category when they share one (else null);
 * {@code competitionPossible} says they may go to a second-stage competition (二次竞价): one category, at least
 * {@value #COMPETITION_VENDORS} vendors.
 */
public record Comparison(
        List<CatalogListing> listings, String categoryCode, long vendorCount, boolean competitionPossible) {
    static final int COMPETITION_VENDORS = 3;

    static Comparison of(List<CatalogListing> listings) {
        List<String> categories = listings.stream()
                .map(l -> l.listing().categoryCode())
                .distinct()
                .toList();
        long vendors =
                listings.stream().map(l -> l.listing().vendorId()).distinct().count();
        String category = categories.size() == 1 ? categories.get(0) : null;
        return new Comparison(listings, category, vendors, category != null && vendors >= COMPETITION_VENDORS);
    }
}
