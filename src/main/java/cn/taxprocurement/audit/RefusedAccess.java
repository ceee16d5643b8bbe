package cn.taxprocurement.audit;

import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Logs a request for another party's data that was refused. The refusal rolls the request's own transaction back, so
 * the event is written in a transaction of its own, before the refusal is thrown.
 */
@ApplicationScoped
public class RefusedAccess {

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, String entityType, Object entityId, String summary) {
        audit.record(actor, AuditAction.ACCESS_REFUSED, entityType, entityId, summary);
    }
}
