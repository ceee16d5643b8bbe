package cn.taxprocurement.catalogimport;

import cn.taxprocurement.lib.catalogimport.CatalogProduct;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import cn.taxprocurement.lib.catalogimport.RoundCheck;
import java.util.HashSet;
import java.util.Set;

/**
 * The round as one pass over a file sees it: its categories, and the vendor's live listing keys plus those of the rows
 * accepted so far, compared by {@link ListingKey}: a row is refused exactly when its listing would collide.
 */
final class ImportRoundCheck implements RoundCheck {
    private final Set<String> categoryCodes;
    private final Set<String> listed;

    /** The last row's brand, model and key: {@link #accepted} follows {@link #alreadyListed} for the same row. */
    private String lastBrand;

    private String lastModel;
    private String lastKey;

    ImportRoundCheck(Set<String> categoryCodes, Set<String> liveKeys) {
        this.categoryCodes = categoryCodes;
        this.listed = new HashSet<>(liveKeys);
    }

    @Override
    public boolean categoryInRound(String categoryCode) {
        return categoryCodes.contains(categoryCode);
    }

    @Override
    public boolean alreadyListed(String brand, String model) {
        return listed.contains(key(brand, model));
    }

    /** Counts an accepted row's listing as taken for the rest of the file. */
    void accepted(CatalogProduct product) {
        listed.add(key(product.brand(), product.model()));
    }

    private String key(String brand, String model) {
        if (lastKey == null || !brand.equals(lastBrand) || !model.equals(lastModel)) {
            lastKey = ListingKey.of(brand, model);
            lastBrand = brand;
            lastModel = model;
        }
        return lastKey;
    }
}
