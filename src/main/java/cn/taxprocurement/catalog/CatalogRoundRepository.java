package cn.taxprocurement.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Where shortlist rounds are found: by id or by year. */
@ApplicationScoped
class CatalogRoundRepository implements PanacheRepository<CatalogRound> {

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
