package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where listings are found. Searches are native SQL: free text goes through the FULLTEXT index on
 * {@code search_text} (see {@link SearchText}), the other filters through B-tree indexes.
 */
@ApplicationScoped
class ProductRepository implements PanacheRepository<Product> {
    private static final String COLUMNS = "SELECT p.id, p.vendor_id, v.name, p.round_id, p.category_code, p.brand,"
            + " p.model, p.specs, p.unit_price, p.status, p.reject_reason, p.suspend_reason"
            + " FROM product p JOIN vendor v ON v.id = p.vendor_id";

    /** How far the catalog counts its listings: beyond, its total is a lower bound. */
    static final int EXACT_TOTAL = 10_000;

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

    Page<ProductView> search(ProductFilter filter, PageRequest page) {
        Where where = where(filter);
        Query count = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM product p" + where.condition());
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(total == 0 ? List.of() : rows(where, "p.id DESC", page), total, page.page, page.size);
    }

    /**
     * A page of the shortlisted catalog. Its total is counted up to {@link #EXACT_TOTAL} only: a count of every
     * listing a broad search finds would cost more than the page itself.
     */
    Page<ProductView> catalog(CatalogRequests.Search search, PageRequest page) {
        Where where = where(search.filter());
        if (search.minPrice() != null) {
            where.add("p.unit_price >= :minPrice", "minPrice", search.minPrice());
        }
        if (search.maxPrice() != null) {
            where.add("p.unit_price <= :maxPrice", "maxPrice", search.maxPrice());
        }
        Query count = getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM product p" + where.condition() + " LIMIT "
                        + (EXACT_TOTAL + 1) + ") counted");
        where.bind(count);
        long counted = ((Number) count.getSingleResult()).longValue();
        List<ProductView> items =
                counted == 0 ? List.of() : rows(where, search.sort().orderBy(), page);
        return counted > EXACT_TOTAL
                ? new Page<>(items, EXACT_TOTAL, page.page, page.size, true)
                : new Page<>(items, counted, page.page, page.size);
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

    private List<ProductView> rows(Where where, String orderBy, PageRequest page) {
        Query rows = getEntityManager()
                .createNativeQuery(
                        COLUMNS + where.condition() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset");
        where.bind(rows);
        rows.setParameter("limit", page.size);
        rows.setParameter("offset", (long) page.page * page.size);
        return rows.getResultList().stream().map(row -> toView((Object[]) row)).toList();
    }

    private static Where where(ProductFilter filter) {
        Where where = new Where();
        if (filter.roundId() != null) {
            where.add("p.round_id = :roundId", "roundId", filter.roundId());
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.add(
                    "p.category_code = :categoryCode",
                    "categoryCode",
                    filter.categoryCode().strip());
        }
        if (filter.status() != null) {
            where.add("p.status = :status", "status", filter.status().name());
        }
        if (filter.vendorId() != null) {
            where.add("p.vendor_id = :vendorId", "vendorId", filter.vendorId());
        }
        if (filter.brand() != null && !filter.brand().isBlank()) {
            where.add("p.brand_key = :brandKey", "brandKey", ListingKey.fold(filter.brand()));
        }
        if (filter.text() != null) {
            String words = SearchText.booleanQuery(filter.text());
            if (words != null) {
                where.add("MATCH (p.search_text) AGAINST (:words IN BOOLEAN MODE)", "words", words);
            }
        }
        return where;
    }

    /** The conditions of a search and the values they are bound to. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String condition() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        void bind(Query query) {
            params.forEach(query::setParameter);
        }
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
