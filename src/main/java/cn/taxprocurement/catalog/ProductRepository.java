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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Where listings are found. Searches find a page's ids in this replica's {@link ListingIndex} and read the rows by id;
 * price checks are native SQL over the round's B-tree indexes.
 */
@ApplicationScoped
class ProductRepository implements PanacheRepository<Product> {
    private static final String COLUMNS = "SELECT p.id, p.vendor_id, v.name, p.round_id, p.category_code, p.brand,"
            + " p.model, p.specs, p.unit_price, p.status, p.reject_reason, p.suspend_reason"
            + " FROM product p JOIN vendor v ON v.id = p.vendor_id";

    /**
     * How many listings of a round a price check reads the round's key index whole for, rather than joining each
     * listing to its key's peers. Measured over a million listings: the join takes some 4.5 µs a listing, the whole
     * index some 1.3 µs a live listing of the round; so from here on reading it all costs at most a second more, and
     * for the largest checks saves several.
     */
    static final int SCAN_FROM = 100_000;

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
        return new Page<>(views(hits.ids()), hits.total(), page.page, page.size);
    }

    /**
     * A page of the shortlisted catalog. Its total is counted up to {@link #EXACT_TOTAL} only: a count of every
     * listing a broad search finds would cost more than the page itself.
     */
    Page<ProductView> catalog(CatalogRequests.Search search, PageRequest page) {
        ListingIndex.Hits hits =
                index.search(search.filter(), search.minPrice(), search.maxPrice(), search.sort(), page, EXACT_TOTAL);
        return new Page<>(views(hits.ids()), hits.total(), page.page, page.size, hits.totalIsLowerBound());
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

    /** The listings of the given ids, a page of them, in that order; an id no longer listed is left out. */
    List<ProductView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
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
        return ids.isEmpty()
                ? Map.of()
                : priceChecks(" WHERE p.id IN (:ids)", Map.of("ids", ids), check -> true, SCAN_FROM);
    }

    /**
     * The price checks that {@code keep} keeps, of every listing the filter finds: a round at a time, its listings
     * held as primitives, so that a round of a million listings fits the service's heap.
     */
    Map<Long, PriceCheck> priceChecks(ProductFilter filter, Predicate<PriceCheck> keep) {
        return priceChecks(filter, keep, SCAN_FROM);
    }

    /** As {@link #priceChecks(ProductFilter, Predicate)}, reading a round's key index whole from {@code scanFrom}. */
    Map<Long, PriceCheck> priceChecks(ProductFilter filter, Predicate<PriceCheck> keep, int scanFrom) {
        Map<String, Object> params = new HashMap<>();
        return priceChecks(condition(filter, params), params, keep, scanFrom);
    }

    /**
     * The flagged price checks of the rounds' approved listings, held as primitives: a report over a round of a million
     * listings may find a third of them flagged.
     */
    FlaggedPrices flaggedPrices(List<Long> roundIds) {
        FlaggedPrices flagged = new FlaggedPrices();
        for (long roundId : roundIds) {
            Map<String, Object> params = new HashMap<>();
            String approved =
                    condition(new ProductFilter(roundId, null, ProductStatus.APPROVED, null, null, null), params);
            priceChecks(approved, params, SCAN_FROM, (id, check) -> {
                if (check.flagged()) {
                    flagged.add(id, check);
                }
            });
        }
        flagged.seal();
        return flagged;
    }

    private Map<Long, PriceCheck> priceChecks(
            String targetCondition, Map<String, Object> params, Predicate<PriceCheck> keep, int scanFrom) {
        Map<Long, PriceCheck> checks = new HashMap<>();
        priceChecks(targetCondition, params, scanFrom, (id, check) -> {
            if (keep.test(check)) {
                checks.put(id, check);
            }
        });
        return checks;
    }

    private void priceChecks(String targetCondition, Map<String, Object> params, int scanFrom, Checked checked) {
        Query rounds =
                getEntityManager().createNativeQuery("SELECT DISTINCT p.round_id FROM product p" + targetCondition);
        params.forEach(rounds::setParameter);
        String inRound = (targetCondition.isEmpty() ? " WHERE " : targetCondition + " AND ") + "p.round_id = :checked";
        for (Object round : rounds.getResultList()) {
            long roundId = ((Number) round).longValue();
            Map<String, Object> roundParams = new HashMap<>(params);
            roundParams.put("checked", roundId);
            CheckedListings listings = checkedListings(inRound, roundParams);
            if (listings.size() < scanFrom) {
                joinModelPeers(inRound, roundParams, listings);
            } else {
                scanModelPeers(roundId, listings);
            }
            check(roundId, listings, checked);
        }
    }

    /** Takes each listing's check as it is made. */
    @FunctionalInterface
    private interface Checked {
        void check(long id, PriceCheck check);
    }

    /**
     * Peers are the other vendors' listings that are SUBMITTED or APPROVED: the live offers of the round, reviewed or
     * not (a round's listings all start SUBMITTED, so the first reviews have peers too); rejected, withdrawn and
     * suspended prices are not offers. By listing key when there are at least 3, else by category. A category has
     * thousands of listings, so its peers are not joined to each listing: its live prices are read once, in order,
     * from the covering index on (round, category, status, vendor, price), and {@link PeerPrices} finds each listing's
     * median among the other vendors' by search.
     */
    private void check(long roundId, CheckedListings listings, Checked checked) {
        String category = null;
        PeerPrices categoryPrices = null;
        for (int position : listings.byCategory()) {
            PriceCheck check;
            int modelPeers = listings.modelPeerCount(position);
            if (modelPeers >= PriceCheck.MIN_MODEL_PEERS) {
                check = PriceCheck.of(listings.price(position), modelPeers, listings.modelMedian(position));
            } else {
                if (!listings.categoryCode(position).equals(category)) {
                    category = listings.categoryCode(position);
                    categoryPrices = livePrices(roundId, category);
                }
                long vendor = listings.vendor(position);
                check = PriceCheck.of(
                        listings.price(position),
                        categoryPrices.countWithout(vendor),
                        categoryPrices.medianWithout(vendor));
            }
            checked.check(listings.id(position), check);
        }
    }

    /** The listings the condition finds in a round, streamed from the database into primitives. */
    private CheckedListings checkedListings(String inRound, Map<String, Object> params) {
        Query query = getEntityManager()
                .createNativeQuery("SELECT p.id, p.vendor_id, p.unit_price, p.category_code FROM product p" + inRound);
        params.forEach(query::setParameter);
        CheckedListings listings = new CheckedListings();
        try (Stream<?> rows = streamed(query)) {
            rows.map(row -> (Object[]) row)
                    .forEach(row -> listings.add(
                            ((Number) row[0]).longValue(),
                            ((Number) row[1]).longValue(),
                            ListingIndex.cents((BigDecimal) row[2]),
                            (String) row[3]));
        }
        listings.seal();
        return listings;
    }

    /**
     * Few listings: each joins its key's other vendors through the covering index on (round, key, status, vendor,
     * price). A vendor has one live listing of a key in a round, so those are its model peers.
     */
    private void joinModelPeers(String inRound, Map<String, Object> params, CheckedListings listings) {
        Query query = getEntityManager()
                .createNativeQuery("SELECT p.id, q.unit_price FROM product p JOIN product q"
                        + " ON q.round_id = p.round_id AND q.listing_key = p.listing_key" + LIVE
                        + " AND q.vendor_id <> p.vendor_id" + inRound + " ORDER BY p.id, q.unit_price");
        params.forEach(query::setParameter);
        ModelGroup group = new ModelGroup();
        long[] listing = {0};
        try (Stream<?> rows = streamed(query)) {
            rows.map(row -> (Object[]) row).forEach(row -> {
                long id = ((Number) row[0]).longValue();
                if (id != listing[0]) {
                    group.recordPeersOfFirst(listings);
                    listing[0] = id;
                }
                group.add(id, 0, ListingIndex.cents((BigDecimal) row[1]));
            });
        }
        group.recordPeersOfFirst(listings);
    }

    /**
     * Many listings: the round's live listings are read once in key order from the covering index on (round, key,
     * status, vendor, price), and each key's listings are one another's model peers. Joining a million listings to
     * their peers one by one takes several times as long.
     */
    private void scanModelPeers(long roundId, CheckedListings listings) {
        Query query = getEntityManager()
                .createNativeQuery("SELECT q.listing_key, q.id, q.vendor_id, q.unit_price FROM product q"
                        + " WHERE q.round_id = :roundId AND q.listing_key IS NOT NULL" + LIVE
                        + " ORDER BY q.listing_key")
                .setParameter("roundId", roundId);
        ModelGroup group = new ModelGroup();
        String[] key = {null};
        try (Stream<?> rows = streamed(query)) {
            rows.map(row -> (Object[]) row).forEach(row -> {
                if (!row[0].equals(key[0])) {
                    group.recordPeersOfEach(listings);
                    key[0] = (String) row[0];
                }
                group.add(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ListingIndex.cents((BigDecimal)
                        row[3]));
            });
        }
        group.recordPeersOfEach(listings);
    }

    /** Rows read together: the peers' prices of one listing, or the live listings of one key. */
    private static final class ModelGroup {
        private long[] ids = new long[16];
        private long[] vendors = new long[16];
        private long[] cents = new long[16];
        private long[] peers = new long[16];
        private int size;

        void add(long id, long vendor, long priceCents) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                vendors = Arrays.copyOf(vendors, size * 2);
                cents = Arrays.copyOf(cents, size * 2);
                peers = Arrays.copyOf(peers, size * 2);
            }
            ids[size] = id;
            vendors[size] = vendor;
            cents[size] = priceCents;
            size++;
        }

        /** The rows are the first listing's peers' prices, in order; the group is then emptied. */
        void recordPeersOfFirst(CheckedListings listings) {
            if (size >= PriceCheck.MIN_MODEL_PEERS) {
                listings.modelPeers(listings.positionOf(ids[0]), cents, size);
            }
            size = 0;
        }

        /** The rows are one key's live listings, each the others' peers; the group is then emptied. */
        void recordPeersOfEach(CheckedListings listings) {
            if (size > PriceCheck.MIN_MODEL_PEERS) {
                for (int member = 0; member < size; member++) {
                    int position = listings.positionOf(ids[member]);
                    if (position >= 0) {
                        int count = 0;
                        for (int other = 0; other < size; other++) {
                            if (vendors[other] != vendors[member]) {
                                peers[count++] = cents[other];
                            }
                        }
                        if (count >= PriceCheck.MIN_MODEL_PEERS) {
                            Arrays.sort(peers, 0, count);
                            listings.modelPeers(position, peers, count);
                        }
                    }
                }
            }
            size = 0;
        }
    }

    /** A query's rows one at a time, as Connector/J streams them at this fetch size, rather than all held at once. */
    private static Stream<?> streamed(Query query) {
        return query.setHint(HibernateHints.HINT_FETCH_SIZE, Integer.MIN_VALUE).getResultStream();
    }

    /** The live listings of one category of a round, whose prices are their peers'. */
    private PeerPrices livePrices(long roundId, String categoryCode) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT q.vendor_id, q.unit_price FROM product q"
                        + " WHERE q.round_id = :roundId AND q.category_code = :categoryCode" + LIVE
                        + " ORDER BY q.unit_price")
                .setParameter("roundId", roundId)
                .setParameter("categoryCode", categoryCode)
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
