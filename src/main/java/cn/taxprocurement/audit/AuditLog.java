package cn.taxprocurement.audit;

import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends audit events inside the caller's transaction, so an event exists exactly when its change does. The chain
 * head row is locked for the rest of the transaction: events get consecutive ids and each links to the one before,
 * across replicas.
 */
@ApplicationScoped
public class AuditLog {
    private static final int SUMMARY_LIMIT = 2000;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Object entityId, String summary) {
        Object[] head = (Object[])
                em.createNativeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                        .getSingleResult();
        long id = ((Number) head[0]).longValue() + 1;
        AuditEvent event = new AuditEvent(
                id,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor.name(),
                actor.role(),
                action,
                entityType,
                String.valueOf(entityId),
                summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT) : summary,
                actor.sourceIp(),
                (String) head[1]);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, id)
                .setParameter(2, event.hash)
                .executeUpdate();
    }
}
