package cn.taxprocurement.lib.catalogimport;

import java.util.Set;

/** What only the service knows about the round a file is uploaded to; called once per row whose fields are well-formed. */
public interface RoundCheck {

    /** Whether the round admits products of this category (the code is upper-case and well-formed). */
    boolean categoryInRound(String categoryCode);

    /**
     * Whether this vendor already lists this brand and model in the round; brand and model come trimmed, as typed, so
     * compare them by {@link ListingKey#of}.
     */
    boolean alreadyListed(String brand, String model);

    /** A round that admits exactly these categories and in which nothing is listed yet, as the command line checks. */
    static RoundCheck ofCategories(Set<String> categoryCodes) {
        Set<String> codes = Set.copyOf(categoryCodes);
        return new RoundCheck() {
            @Override
            public boolean categoryInRound(String categoryCode) {
                return codes.contains(categoryCode);
            }

            @Override
            public boolean alreadyListed(String brand, String model) {
                return false;
            }
        };
    }

    /** A round that admits every category and in which nothing is listed yet: only the file's own rules apply. */
    static RoundCheck fileOnly() {
        return new RoundCheck() {
            @Override
            public boolean categoryInRound(String categoryCode) {
                return true;
            }

            @Override
            public boolean alreadyListed(String brand, String model) {
                return false;
            }
        };
    }
}
