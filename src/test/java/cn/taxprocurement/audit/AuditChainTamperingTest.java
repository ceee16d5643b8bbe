package cn.taxprocurement.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.SchemaOwner;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The audit trail against someone who owns its tables: deleting its newest events, moving text across a field's edge,
 * or recomputing every hash after a change. The chain alone catches the first two; a checkpoint kept outside the
 * system, signed with a key the database never holds, catches the third.
 */
@QuarkusTest
@TestSecurity(user = "auditor-tamper", roles = "auditor")
class AuditChainTamperingTest {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Inject
    AuditLog auditLog;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void deletingTheNewestEventsIsReportedAsAMissingTail() throws Exception {
        List<Long> ids = record(4, "尾部");
        long kept = ids.get(0);
        try (Snapshot snapshot = Snapshot.from(ids.get(1))) {
            owner("DELETE FROM audit_event ORDER BY id DESC LIMIT 3");
            given().get("/api/v1/audit-events/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("problem", equalTo("TAIL_MISSING"))
                    .body("lastId", equalTo((int) kept))
                    .body("firstBrokenId", equalTo((int) kept + 1));
        }
        given().get("/api/v1/audit-events/verify")
                .then()
                .body("valid", equalTo(true))
                .body("problem", nullValue())
                .body("lastId", equalTo(ids.get(3).intValue()));
    }

    @Test
    void textMovedAcrossTheEdgeOfTwoFieldsBreaksTheChain() throws Exception {
        // Under the old encoding, entity "E" with summary "甲<US>乙" and entity "E<US>甲" with summary "乙" hashed alike.
        long id = record(1, "甲\u001F乙").get(0);
        try (Snapshot snapshot = Snapshot.from(id)) {
            owner(
                    "UPDATE audit_event SET entity_id = CONCAT(entity_id, '\u001F', SUBSTRING_INDEX(summary, '\u001F', 1)),"
                            + " summary = SUBSTRING_INDEX(summary, '\u001F', -1) WHERE id = " + id);
            given().get("/api/v1/audit-events/verify")
                    .then()
                    .body("valid", equalTo(false))
                    .body("problem", equalTo("HASH_MISMATCH"))
                    .body("firstBrokenId", equalTo((int) id));
        }
    }

    @Test
    void eventsHashedTheOldWayStillVerifyAndNewOnesChainAfterThem() throws Exception {
        try (Connection owner = SchemaOwner.connect()) {
            owner.setAutoCommit(false);
            String[] head = head(owner);
            long id = Long.parseLong(head[0]);
            String hash = head[1];
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < 2; i++) {
                id++;
                String[] fields = {
                    String.valueOf(id),
                    at.toString(),
                    "legacy-officer",
                    "officer",
                    "LEGACY_EVENT",
                    "AuditProbe",
                    "legacy",
                    "升级前的记录 " + i,
                    "null",
                    hash
                };
                hash = sha256(String.join("\u001F", fields).getBytes(StandardCharsets.UTF_8));
                try (PreparedStatement insert = owner.prepareStatement("INSERT INTO audit_event (id, at, actor,"
                        + " actor_role, action, entity_type, entity_id, summary, source_ip, prev_hash, hash,"
                        + " hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)")) {
                    insert.setLong(1, id);
                    insert.setString(2, AT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                    for (int field = 2; field <= 7; field++) {
                        insert.setString(field + 1, fields[field]);
                    }
                    insert.setString(9, fields[9]);
                    insert.setString(10, hash);
                    insert.executeUpdate();
                }
            }
            moveHead(owner, id, hash);
            owner.commit();
        }
        given().get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
        record(1, "升级后的记录");
        given().get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aCheckpointOfTheNewestEventVerifiesAlsoAfterLaterEvents() {
        long newest = record(1, "检查点").get(0);
        Map<String, Object> checkpoint = checkpoint();
        assertThat(((Number) checkpoint.get("id")).longValue()).isEqualTo(newest);
        verifyCheckpoint(checkpoint).body("valid", equalTo(true)).body("problem", nullValue());
        record(2, "检查点之后");
        verifyCheckpoint(checkpoint).body("valid", equalTo(true)).body("problem", nullValue());
    }

    @Test
    void aCheckpointWithAForgedSignatureIsNotTheServices() throws Exception {
        record(1, "伪造");
        Map<String, Object> checkpoint = checkpoint();
        String signature = (String) checkpoint.get("signature");
        checkpoint.put("signature", (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        verifyCheckpoint(checkpoint).body("valid", equalTo(false)).body("problem", equalTo("BAD_SIGNATURE"));

        Map<String, Object> anotherEvent = checkpoint();
        anotherEvent.put("id", ((Number) anotherEvent.get("id")).longValue() - 1);
        verifyCheckpoint(anotherEvent).body("valid", equalTo(false)).body("problem", equalTo("BAD_SIGNATURE"));
    }

    @Test
    void aCheckpointsEventDeletedBeforeLaterOnesIsMissingAndAtTheEndTheTailIs() throws Exception {
        long checkpointed = record(1, "将被删除").get(0);
        Map<String, Object> checkpoint = checkpoint();
        record(1, "之后的记录");
        try (Snapshot snapshot = Snapshot.from(checkpointed)) {
            owner("DELETE FROM audit_event WHERE id = " + checkpointed);
            verifyCheckpoint(checkpoint).body("valid", equalTo(false)).body("problem", equalTo("EVENT_MISSING"));
            // Also the events after it, and the head moved back: the chain alone now looks whole.
            owner("DELETE FROM audit_event WHERE id > " + checkpointed);
            try (Connection owner = SchemaOwner.connect()) {
                moveHead(owner, checkpointed - 1, hashOf(owner, checkpointed - 1));
            }
            given().get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));
            verifyCheckpoint(checkpoint).body("valid", equalTo(false)).body("problem", equalTo("TAIL_MISSING"));
        }
        verifyCheckpoint(checkpoint).body("valid", equalTo(true));
    }

    @Test
    void aChainRewrittenByTheTablesOwnerFailsAgainstACheckpointKeptBefore() throws Exception {
        List<Long> ids = record(3, "重写前");
        Map<String, Object> checkpoint = checkpoint();
        try (Snapshot snapshot = Snapshot.from(ids.get(0))) {
            rewriteFrom(ids.get(0), "重写后的摘要");
            given().get("/api/v1/audit-events/verify")
                    .then()
                    .body("valid", equalTo(true))
                    .body("problem", nullValue());
            verifyCheckpoint(checkpoint).body("valid", equalTo(false)).body("problem", equalTo("HASH_MISMATCH"));
        }
        verifyCheckpoint(checkpoint).body("valid", equalTo(true));
    }

    @Test
    void theServicesOwnAccountCannotUpdateOrDeleteAuditEvents() throws SQLException {
        record(1, "只能追加");
        try (Connection service = dataSource.getConnection();
                Statement sql = service.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET summary = 'rewritten'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("UPDATE command denied");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("DELETE command denied");
        }
    }

    // Helpers

    private List<Long> record(int count, String summary) {
        Actor actor = new Actor("officer-tamper", "officer-tamper", "officer", "127.0.0.1");
        String entityId = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(QuarkusTransaction.requiringNew().call(() -> {
                auditLog.record(actor, AuditAction.SIGNED_IN, "AuditProbe", entityId, summary);
                return ((Number) em.createNativeQuery("SELECT last_id FROM audit_chain_head WHERE id = 1")
                                .getSingleResult())
                        .longValue();
            }));
        }
        return ids;
    }

    private static Map<String, Object> checkpoint() {
        return given().get("/api/v1/audit-events/checkpoint")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static io.restassured.response.ValidatableResponse verifyCheckpoint(Map<String, Object> checkpoint) {
        return given().contentType(ContentType.JSON)
                .body(checkpoint)
                .post("/api/v1/audit-events/checkpoint/verify")
                .then()
                .statusCode(200);
    }

    /**
     * What someone with the tables could do without the signing key: change an event, then recompute its hash, every
     * later event's link and hash, and the head, with the documented encoding (each field prefixed by its length).
     */
    private static void rewriteFrom(long id, String summary) throws SQLException {
        try (Connection owner = SchemaOwner.connect()) {
            owner.setAutoCommit(false);
            String[] head = head(owner);
            owner("UPDATE audit_event SET summary = '" + summary + "' WHERE id = " + id, owner);
            String previous = hashOf(owner, id - 1);
            try (PreparedStatement select = owner.prepareStatement(
                            "SELECT id, at, actor, actor_role, action,"
                                    + " entity_type, entity_id, summary, source_ip FROM audit_event WHERE id >= ? ORDER BY id");
                    PreparedStatement update =
                            owner.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Instant at = rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                        String hash = sha256(lengthPrefixed(
                                rows.getString(1),
                                at.toString(),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getString(9),
                                previous));
                        update.setString(1, previous);
                        update.setString(2, hash);
                        update.setLong(3, rows.getLong(1));
                        update.executeUpdate();
                        previous = hash;
                    }
                }
            }
            moveHead(owner, Long.parseLong(head[0]), previous);
            owner.commit();
        }
    }

    private static byte[] lengthPrefixed(String... fields) {
        ByteBuffer out = ByteBuffer.allocate(8192);
        for (String field : fields) {
            if (field == null) {
                out.putInt(-1);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.putInt(bytes.length).put(bytes);
            }
        }
        byte[] encoded = new byte[out.position()];
        out.flip().get(encoded);
        return encoded;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] head(Connection owner) throws SQLException {
        try (Statement sql = owner.createStatement();
                ResultSet row =
                        sql.executeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
            row.next();
            return new String[] {row.getString(1), row.getString(2)};
        }
    }

    private static String hashOf(Connection owner, long id) throws SQLException {
        try (PreparedStatement select = owner.prepareStatement("SELECT hash FROM audit_event WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : AuditHash.GENESIS;
            }
        }
    }

    private static void moveHead(Connection owner, long id, String hash) throws SQLException {
        try (PreparedStatement update =
                owner.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, id);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    private static void owner(String statement) throws SQLException {
        try (Connection owner = SchemaOwner.connect()) {
            owner(statement, owner);
        }
    }

    private static void owner(String statement, Connection owner) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    /** The events from an id on and the head, put back as they were when closed, so that later tests see a whole chain. */
    private static final class Snapshot implements AutoCloseable {
        private final Connection owner;
        private final long from;
        private final String[] head;

        private Snapshot(Connection owner, long from, String[] head) {
            this.owner = owner;
            this.from = from;
            this.head = head;
        }

        static Snapshot from(long id) throws SQLException {
            Connection owner = SchemaOwner.connect();
            owner.setAutoCommit(false);
            String[] head = head(owner);
            owner("CREATE TEMPORARY TABLE audit_event_kept AS SELECT * FROM audit_event WHERE id >= " + id, owner);
            owner.commit();
            return new Snapshot(owner, id, head);
        }

        @Override
        public void close() throws SQLException {
            try {
                head(owner);
                owner("DELETE FROM audit_event WHERE id >= " + from, owner);
                owner("INSERT INTO audit_event SELECT * FROM audit_event_kept", owner);
                owner("DROP TEMPORARY TABLE audit_event_kept", owner);
                moveHead(owner, Long.parseLong(head[0]), head[1]);
                owner.commit();
            } finally {
                owner.close();
            }
        }
    }
}
