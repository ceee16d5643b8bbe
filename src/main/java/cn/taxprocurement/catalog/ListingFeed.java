package cn.taxprocurement.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The one way every write of listings reaches search: in the writer's transaction it adds a row to
 * {@code listing_change} naming the ids it changed, which every replica's {@link ListingIndex} follows.
 */
@ApplicationScoped
public class ListingFeed {
    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ListingIndex index;

    /** Says the listing changed; once the transaction commits, this replica's searches see it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(long id) {
        changed(id, id);
    }

    /**
     * Says the listings with ids from {@code firstId} to {@code lastId} changed, or were made or removed; once the
     * transaction commits, this replica's searches see them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(long firstId, long lastId) {
        append(firstId, lastId);
        afterCommit("listing-index-await", index::catchUp);
    }

    /** Says every listing of the round changed: for writers that make a round's listings in bulk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedInRound(long roundId) {
        Object[] listed = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM product WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getSingleResult();
        if (listed[0] != null) {
            changed(((Number) listed[0]).longValue(), ((Number) listed[1]).longValue());
        }
    }

    /**
     * Says an import listed or removed the listings from {@code firstId} to {@code lastId}. The import goes on while
     * the index takes them in; it waits for the index only when it ends (see {@link ListingIndex#catchUp}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void imported(long firstId, long lastId) {
        append(firstId, lastId);
        afterCommit("listing-index-nudge", index::nudge);
    }

    private void append(long firstId, long lastId) {
        em.createNativeQuery("INSERT INTO listing_change (first_id, last_id) VALUES (?1, ?2)")
                .setParameter(1, firstId)
                .setParameter(2, lastId)
                .executeUpdate();
    }

    /** Runs {@code action} once after the transaction commits, however many changes it records. */
    private void afterCommit(String key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
