package cn.taxprocurement.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A listing of the shortlisted catalog as a buyer reads it: the listing, its category's name and its price history,
 * oldest first. A vendor reads the history of its own listings only: for another vendor's, {@code priceHistory} is
 * null.
 */
public record CatalogListing(@JsonUnwrapped ProductView listing, String categoryName, List<PricePoint> priceHistory) {}
