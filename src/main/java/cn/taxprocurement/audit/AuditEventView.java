package cn.taxprocurement.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An audit event as auditors read it. */
public record AuditEventView(
        long id,
        OffsetDateTime at,
        String actor,
        String actorRole,
        String action,
        String entityType,
        String entityId,
        String summary,
        String sourceIp,
        String prevHash,
        String hash) {
    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id,
                e.at.atOffset(ZoneOffset.UTC),
                e.actor,
                e.actorRole,
                e.action,
                e.entityType,
                e.entityId,
                e.summary,
                e.sourceIp,
                e.prevHash,
                e.hash);
    }
}
