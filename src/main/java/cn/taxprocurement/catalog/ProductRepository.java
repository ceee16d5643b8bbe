package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Where listings are found. Searches find a page's ids in this replica's {@link ListingIndex} and read the rows by id;
 * price checks are native SQL over the round's B-tree indexes.
 */
@ApplicationScoped
class ProductRepository implements PanacheRepository<Product> {
    private static final String COLUMNS = "SELECT p.id, p.vendor_id, v.name, p.round_id, p.category_code, p.brand,"
            + " p.model, p.specs, p.unit_price, p.status, p.reject_reason, p.suspend_reason"
            + " FROM product p JOIN vendor v ON v.id = p.vendor_id";

    private static final int IDS_PER_READ = 1_000;

    /** The live offers of a round: listings under review or in the catalog. */
    private static final String LIVE = " AND q.status IN ('SUBMITTED', 'APPROVED')";

    /** How far the catalog counts its listings: beyond, its total is a lower bound. */
    static final int EXACT_TOTAL = 10_000;

    @Inject
    ListingIndex index;

    boolean listed(Long vendorId, Long roundId, String listingKey) {
        return count("vendorId = ?1 and roundId = ?2 and listingKey = ?3", vendorId, roundId, listingKey) > 0;
    }

    /**
     * Locks the listing's row and reloads it, so that changes to its price or status happen one at a time. Plain SQL:
     * MariaDB does not know the MySQL dialect's {@code FOR UPDATE OF alias}.
     */
    void lockForChange(Product product) {
        getEntityManager()
                .createNativeQuery("SELECT id FROM product WHERE id = ?1 FOR UPDATE")
                .setParameter(1, product.id())
                .getResultList();
        getEntityManager().refresh(product);
    }

    ProductView view(long id) {
        Query query = getEntityManager().createNativeQuery(COLUMNS + " WHERE p.id = :id");
        query.setParameter("id", id);
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw new Refusal(RefusalCode.PRODUCT_NOT_FOUND, id);
        }
        return toView((Object[]) rows.get(0));
    }

    /** A page of the listings the filter finds, newest first, with their exact count. */
    Page<ProductView> search(ProductFilter filter, PageRequest page) {
        ListingIndex.Hits hits = index.search(filter, null, null, CatalogSort.NEWEST, page, Integer.MAX_VALUE);
        return new Page<>(views(hits.ids()).toList(), hits.total(), page.page, page.size);
    }

    /**
     * A page of the shortlisted catalog. Its total is counted up to {@link #EXACT_TOTAL} only: a count of every
     * listing a broad search finds would cost more than the page itself.
     */
    Page<ProductView> catalog(CatalogRequests.Search search, PageRequest page) {
        ListingIndex.Hits hits =
                index.search(search.filter(), search.minPrice(), search.maxPrice(), search.sort(), page, EXACT_TOTAL);
        return new Page<>(views(hits.ids()).toList(), hits.total(), page.page, page.size, hits.totalIsLowerBound());
    }

    /** The categories with APPROVED listings, by code. */
    List<CatalogCategory> catalogCategories() {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT c.code, c.name FROM category c WHERE EXISTS (SELECT 1 FROM product p"
                        + " WHERE p.status = 'APPROVED' AND p.category_code = c.code) ORDER BY c.code")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new CatalogCategory((String) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The listings of the given ids, in that order; an id no longer listed is left out. Read a thousand at a time as the
     * stream is consumed: a round's flagged listings may number hundreds of thousands, too many for one statement's
     * list or for memory.
     */
    Stream<ProductView> views(List<Long> ids) {
        return IntStream.range(0, (ids.size() + IDS_PER_READ - 1) / IDS_PER_READ)
                .mapToObj(read -> ids.subList(read * IDS_PER_READ, Math.min((read + 1) * IDS_PER_READ, ids.size())))
                .flatMap(read -> readViews(read).stream());
    }

    private List<ProductView> readViews(List<Long> ids) {
        Map<Long, ProductView> found = new HashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery(COLUMNS + " WHERE p.id IN (:ids)")
                .setParameter("ids", ids)
                .getResultList()) {
            ProductView view = toView((Object[]) row);
            found.put(view.id(), view);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The price checks of the listings of the given ids. */
    Map<Long, PriceCheck> priceChecks(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : priceChecks(" WHERE p.id IN (:ids)", Map.of("ids", ids), check -> true);
    }

    /**
     * The price checks that {@code keep} keeps, of every listing the filter finds: a round's category at a time, so
     * that a round of a million listings is never held whole.
     */
    Map<Long, PriceCheck> priceChecks(ProductFilter filter, Predicate<PriceCheck> keep) {
        Map<String, Object> params = new HashMap<>();
        return priceChecks(condition(filter, params), params, keep);
    }

    private Map<Long, PriceCheck> priceChecks(
            String targetCondition, Map<String, Object> params, Predicate<PriceCheck> keep) {
        Query shelves = getEntityManager()
                .createNativeQuery("SELECT DISTINCT p.round_id, p.category_code FROM product p" + targetCondition);
        params.forEach(shelves::setParameter);
        String onShelf = (targetCondition.isEmpty() ? " WHERE " : targetCondition + " AND ")
                + "p.round_id = :shelfRound AND p.category_code = :shelfCategory";
        Map<Long, PriceCheck> checks = new HashMap<>();
        for (Object result : shelves.getResultList()) {
            Object[] row = (Object[]) result;
            Map<String, Object> shelfParams = new HashMap<>(params);
            shelfParams.put("shelfRound", row[0]);
            shelfParams.put("shelfCategory", row[1]);
            Shelf shelf = new Shelf(((Number) row[0]).longValue(), (String) row[1]);
            checkShelf(shelf, onShelf, shelfParams, keep, checks);
        }
        return checks;
    }

    /**
     * Peers are the other vendors' listings that are SUBMITTED or APPROVED: the live offers of the round, reviewed or
     * not (a round's listings all start SUBMITTED, so the first reviews have peers too); rejected, withdrawn and
     * suspended prices are not offers. By listing key when there are at least 3, else by category. A vendor has one
     * live listing of a key in a round, so the key's other vendors are its other live listings: each target joins them
     * through the covering index on (round, key, status, vendor, price), and MEDIAN() over the target's partition gives
     * all their medians at once. A category has thousands of listings, so its peers are not joined to each target:
     * its live prices are read once, in order, from the covering index on (round, category, status, vendor, price),
     * and {@link PeerPrices} finds each target's median among the other vendors' by search.
     */
    private void checkShelf(
            Shelf shelf,
            String targetCondition,
            Map<String, Object> params,
            Predicate<PriceCheck> keep,
            Map<Long, PriceCheck> checks) {
        String sql = "WITH t AS (SELECT p.id, p.vendor_id, p.round_id, p.listing_key, p.unit_price"
                + " FROM product p" + targetCondition + "),"
                + " m AS (SELECT t.id, q.unit_price FROM t JOIN product q"
                + " ON q.round_id = t.round_id AND q.listing_key = t.listing_key" + LIVE
                + " AND q.vendor_id <> t.vendor_id)"
                + " SELECT DISTINCT t.id, t.vendor_id, t.unit_price,"
                + " COUNT(m.unit_price) OVER (PARTITION BY t.id), MEDIAN(m.unit_price) OVER (PARTITION BY t.id)"
                + " FROM t LEFT JOIN m ON m.id = t.id";
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        PeerPrices category = null;
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            BigDecimal price = (BigDecimal) row[2];
            int modelPeers = ((Number) row[3]).intValue();
            PriceCheck check;
            if (modelPeers >= PriceCheck.MIN_MODEL_PEERS) {
                check = PriceCheck.of(price, modelPeers, decimal(row[4]));
            } else {
                category = category == null ? livePrices(shelf) : category;
                long vendor = ((Number) row[1]).longValue();
                check = PriceCheck.of(price, category.countWithout(vendor), category.medianWithout(vendor));
            }
            if (keep.test(check)) {
                checks.put(((Number) row[0]).longValue(), check);
            }
        }
    }

    /** The live listings of one category of a round, whose prices are their peers'. */
    private record Shelf(long roundId, String categoryCode) {}

    private PeerPrices livePrices(Shelf shelf) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT q.vendor_id, q.unit_price FROM product q"
                        + " WHERE q.round_id = :roundId AND q.category_code = :categoryCode" + LIVE
                        + " ORDER BY q.unit_price")
                .setParameter("roundId", shelf.roundId())
                .setParameter("categoryCode", shelf.categoryCode())
                .getResultList();
        long[] vendors = new long[rows.size()];
        long[] cents = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            vendors[i] = ((Number) row[0]).longValue();
            cents[i] = ListingIndex.cents((BigDecimal) row[1]);
        }
        return new PeerPrices(vendors, cents);
    }

    /** MariaDB's MEDIAN() answers a double, even over decimals; prices have 2 decimals, so a median has at most 3. */
    private static BigDecimal decimal(Object median) {
        return median == null ? null : new BigDecimal(median.toString());
    }

    private String condition(ProductFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.roundId() != null) {
            where.add("p.round_id = :roundId");
            params.put("roundId", filter.roundId());
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.add("p.category_code = :categoryCode");
            params.put("categoryCode", filter.categoryCode().strip());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.vendorId() != null) {
            where.add("p.vendor_id = :vendorId");
            params.put("vendorId", filter.vendorId());
        }
        if (filter.brand() != null && !filter.brand().isBlank()) {
            where.add("p.brand_key = :brandKey");
            params.put("brandKey", ListingKey.fold(filter.brand()));
        }
        if (filter.text() != null && !SearchText.required(filter.text()).isEmpty()) {
            where.add("p.id IN (:found)");
            params.put("found", index.ids(filter));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static ProductView toView(Object[] row) {
        return new ProductView(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                ((Number) row[3]).longValue(),
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (BigDecimal) row[8],
                ProductStatus.valueOf((String) row[9]),
                (String) row[10],
                (String) row[11],
                null);
    }
}
