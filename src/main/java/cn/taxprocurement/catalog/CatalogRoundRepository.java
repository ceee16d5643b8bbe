package cn.taxprocurement.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where shortlist rounds are found: by id or by year. */
@ApplicationScoped
class CatalogRoundRepository implements PanacheRepository<CatalogRound> {

    /** Each round's categories with their names and listing counts, by round, categories in code order. */
    Map<Long, List<CategoryListings>> categoryListings() {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT rc.round_id, rc.category_code, c.name, COUNT(p.id),"
                        + " COALESCE(SUM(p.status = 'APPROVED'), 0)"
                        + " FROM catalog_round_category rc JOIN category c ON c.code = rc.category_code"
                        + " LEFT JOIN product p ON p.round_id = rc.round_id AND p.category_code = rc.category_code"
                        + " AND p.status <> 'WITHDRAWN'"
                        + " GROUP BY rc.round_id, rc.category_code, c.name ORDER BY rc.round_id, rc.category_code")
                .getResultList();
        Map<Long, List<CategoryListings>> byRound = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byRound.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new CategoryListings(
                            (String) r[1], (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return byRound;
    }

    /**
     * Share-locks the round's row until the transaction ends, so that closing the round waits for a listing in
     * progress, and refuses the listing unless the round is open as last committed: the locking read sees past the
     * transaction's snapshot, which may predate a close. Plain SQL: MariaDB knows neither the MySQL dialect's
     * {@code FOR SHARE OF alias} nor {@code FOR SHARE}.
     */
    void lockForListing(CatalogRound round) {
        Object committed = getEntityManager()
                .createNativeQuery("SELECT status FROM catalog_round WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, round.id())
                .getSingleResult();
        round.requireOpen(RoundStatus.valueOf((String) committed));
    }

    /**
     * Locks the round's row for closing it: listings in progress finish first, and later ones wait and then find it
     * closed. Call it first in the transaction, so that later reads see what others committed.
     */
    void lockForClosing(long id) {
        getEntityManager()
                .createNativeQuery("SELECT id FROM catalog_round WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
    }

    /** Marks the round's approved listings as its shortlist, which later suspensions leave in the year's figures. */
    void markShortlist(long id) {
        getEntityManager()
                .createNativeQuery("UPDATE product SET shortlisted = TRUE WHERE round_id = ?1 AND status = 'APPROVED'")
                .setParameter(1, id)
                .executeUpdate();
    }

    ShortlistFigures shortlistFigures(long id) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT COUNT(DISTINCT category_code), COUNT(DISTINCT vendor_id), COUNT(*),"
                        + " COUNT(DISTINCT brand_key) FROM product WHERE round_id = ?1 AND shortlisted")
                .setParameter(1, id)
                .getSingleResult();
        return new ShortlistFigures(
                ((Number) row[0]).intValue(),
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue());
    }

    /** Each admitted vendor's product count per category, vendors by name, as the shortlist notice lists them. */
    List<Admitted> admitted(long id) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT v.name, v.uscc, p.category_code, c.name, COUNT(*) FROM product p"
                        + " JOIN vendor v ON v.id = p.vendor_id JOIN category c ON c.code = p.category_code"
                        + " WHERE p.round_id = ?1 AND p.shortlisted GROUP BY v.id, v.name, v.uscc, p.category_code,"
                        + " c.name ORDER BY v.name, v.id, p.category_code")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Admitted(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        ((Number) row[4]).intValue()))
                .toList();
    }

    /** A vendor's products admitted in one category. */
    record Admitted(String vendor, String uscc, String categoryCode, String categoryName, int productCount) {}

    /**
     * The round's status as last committed, share-locked until the transaction ends, for changing one of its listings:
     * closing the round waits for the change, and a change after the close sees it closed.
     */
    RoundStatus statusForChange(long roundId) {
        Object committed = getEntityManager()
                .createNativeQuery("SELECT status FROM catalog_round WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, roundId)
                .getSingleResult();
        return RoundStatus.valueOf((String) committed);
    }

    List<CatalogRound> listOf(Integer year) {
        Sort order = Sort.descending("year").and("id", Sort.Direction.Descending);
        return year == null ? listAll(order) : list("year", order, year);
    }
}
