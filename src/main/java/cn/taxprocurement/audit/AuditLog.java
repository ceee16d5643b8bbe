package cn.taxprocurement.audit;

import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends audit events inside the caller's transaction, so an event exists exactly when its change does. The chain
 * head row is locked for the rest of the transaction: events get consecutive ids and each links to the one before,
 * across replicas.
 */
@ApplicationScoped
public class AuditLog {
    private static final int SUMMARY_LIMIT = 2000;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter BEIJING_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A moment as a summary writes it, for people in China: "2026-12-15 10:00（北京时间）". */
    public static String beijing(Instant instant) {
        return BEIJING_MINUTES.format(instant.atZone(BEIJING)) + "（北京时间）";
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String entityType, Object entityId, String summary) {
        recordAll(actor, action, entityType, List.of(new Entry(entityId, summary)));
    }

    /**
     * Appends one event per entry, chained in order, taking the chain head once: a bulk change (a catalog import's
     * chunk) costs one lock and one head update, and the events go in as one JDBC batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Actor actor, AuditAction action, String entityType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] head = (Object[])
                em.createNativeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                        .getSingleResult();
        long id = ((Number) head[0]).longValue();
        String hash = (String) head[1];
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditEvent> events = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            id++;
            String summary = entry.summary();
            AuditEvent event = new AuditEvent(
                    id,
                    at,
                    actor.name(),
                    actor.role(),
                    action.name(),
                    entityType,
                    String.valueOf(entry.entityId()),
                    summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT) : summary,
                    actor.sourceIp(),
                    hash);
            events.add(event);
            hash = event.hash;
        }
        em.unwrap(Session.class).doWork(connection -> insert(connection, events));
        em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, id)
                .setParameter(2, hash)
                .executeUpdate();
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One JDBC batch (one multi-row INSERT with rewriteBatchedStatements): a thousand entities persisted one by one
     * cost Hibernate more than the database. */
    private static void insert(Connection connection, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (id, at, actor,"
                + " actor_role, action, entity_type, entity_id, summary, source_ip, prev_hash, hash, hash_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent event : events) {
                insert.setLong(1, event.id);
                // The wall-clock time in UTC, as Hibernate stores and reads instants here (jdbc.timezone=UTC), bound as
                // text: Connector/J takes MariaDB 10.11 for MySQL 5.5.5 and would drop the microseconds the hash
                // covers.
                insert.setString(2, AT.format(LocalDateTime.ofInstant(event.at, ZoneOffset.UTC)));
                insert.setString(3, event.actor);
                insert.setString(4, event.actorRole);
                insert.setString(5, event.action);
                insert.setString(6, event.entityType);
                insert.setString(7, event.entityId);
                insert.setString(8, event.summary);
                insert.setString(9, event.sourceIp);
                insert.setString(10, event.prevHash);
                insert.setString(11, event.hash);
                insert.setInt(12, event.hashVersion);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One entity's event in a bulk change: its id and what happened to it. */
    public record Entry(Object entityId, String summary) {}
}
