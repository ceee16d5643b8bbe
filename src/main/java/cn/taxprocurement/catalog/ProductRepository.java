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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
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
        if (filter.text() != null) {
            String words = SearchText.booleanQuery(filter.text());
            if (words != null) {
                where.add("MATCH (p.search_text) AGAINST (:words IN BOOLEAN MODE)");
                params.put("words", words);
            }
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);

        Query count = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM product p" + condition);
        Query rows = getEntityManager()
                .createNativeQuery(COLUMNS + condition + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset");
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        rows.setParameter("limit", page.size);
        rows.setParameter("offset", (long) page.page * page.size);
        long total = ((Number) count.getSingleResult()).longValue();
        List<ProductView> items = total == 0
                ? List.of()
                : rows.getResultList().stream()
                        .map(row -> toView((Object[]) row))
                        .toList();
        return new Page<>(items, total, page.page, page.size);
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
