package cn.taxprocurement.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change, chained to the one before it by hash. Written once, never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String actor;

    @Column(name = "actor_role", nullable = false)
    String actorRole;

    @Column(nullable = false)
    String action;

    @Column(name = "entity_type", nullable = false)
    String entityType;

    @Column(name = "entity_id", nullable = false)
    String entityId;

    @Column(nullable = false)
    String summary;

    @Column(name = "source_ip")
    String sourceIp;

    @Column(name = "prev_hash", nullable = false)
    String prevHash;

    @Column(nullable = false)
    String hash;

    /** How {@link #hash} encodes the fields: 1 joined them with a separator, 2 prefixes each with its length. */
    @Column(name = "hash_version", nullable = false)
    int hashVersion;

    protected AuditEvent() {}

    AuditEvent(
            long id,
            Instant at,
            String actor,
            String actorRole,
            String action,
            String entityType,
            String entityId,
            String summary,
            String sourceIp,
            String prevHash) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.sourceIp = sourceIp;
        this.prevHash = prevHash;
        this.hashVersion = AuditHash.CURRENT_VERSION;
        this.hash = computeHash();
    }

    /** SHA-256 over every field and the previous event's hash: changing any of them breaks the chain here. */
    String computeHash() {
        return AuditHash.of(
                hashVersion,
                String.valueOf(id),
                at.toString(),
                actor,
                actorRole,
                action,
                entityType,
                entityId,
                summary,
                sourceIp,
                prevHash);
    }
}
