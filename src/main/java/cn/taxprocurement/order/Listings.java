package cn.taxprocurement.order;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The listings an order or a competition names, read with their current price under a shared lock: no suspension or
 * price change commits between the reading and the order that relies on it.
 */
@ApplicationScoped
class Listings {
    private static final String SELECT = "SELECT p.id, p.vendor_id, v.name, r.round_year, p.category_code, p.brand,"
            + " p.model, p.unit_price, p.status FROM product p JOIN vendor v ON v.id = p.vendor_id"
            + " JOIN catalog_round r ON r.id = p.round_id WHERE p.id IN (:ids) LOCK IN SHARE MODE";

    @Inject
    EntityManager em;

    /** Each listing by id; an unknown one is refused on {@code field}. */
    Map<Long, Listing> byId(Collection<Long> ids, String field) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery(SELECT).setParameter("ids", ids).getResultList();
        Map<Long, Listing> found = rows.stream()
                .map(row -> toListing((Object[]) row))
                .collect(Collectors.toMap(Listing::id, Function.identity()));
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw Refusal.onField(field, RefusalCode.UNKNOWN_PRODUCT, id);
            }
        }
        return found;
    }

    Listing byId(long id, String field) {
        return byId(List.of(id), field).get(id);
    }

    private static Listing toListing(Object[] row) {
        return new Listing(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                ((Number) row[3]).intValue(),
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (BigDecimal) row[7],
                (String) row[8]);
    }
}
