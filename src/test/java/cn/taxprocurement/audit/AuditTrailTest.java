package cn.taxprocurement.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.SchemaOwner;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ExtendDeadline;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {
    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    @Inject
    ProjectService projects;

    private String recordEvents(int count) {
        String entityId = UUID.randomUUID().toString();
        Actor actor = new Actor("officer-audit", "officer-audit", "officer", "127.0.0.1");
        for (int i = 0; i < count; i++) {
            int n = i;
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            auditLog.record(actor, AuditAction.SIGNED_IN, "AuditProbe", entityId, "第 " + n + " 次记录"));
        }
        return entityId;
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void eventsAreListedNewestFirstAndFilteredByEntity() {
        String entityId = recordEvents(3);
        given().queryParam("entityType", "AuditProbe")
                .queryParam("entityId", entityId)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(3))
                .body("items[0].summary", equalTo("第 2 次记录"))
                .body("items.actor", everyItem(equalTo("officer-audit")))
                .body("items[0].sourceIp", equalTo("127.0.0.1"));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void anAlteredEventIsReportedAsTheFirstBrokenOne() throws SQLException {
        String entityId = recordEvents(2);
        long id = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT MIN(id) FROM audit_event WHERE entity_id = ?1")
                                .setParameter(1, entityId)
                                .getSingleResult())
                        .longValue());
        given().when().get("/api/v1/audit-events/verify").then().statusCode(200).body("valid", equalTo(true));

        setSummary(id, "被篡改的记录");
        try {
            given().when()
                    .get("/api/v1/audit-events/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenId", equalTo((int) id))
                    .body("problem", equalTo("HASH_MISMATCH"));
        } finally {
            setSummary(id, "第 0 次记录");
        }
        given().when()
                .get("/api/v1/audit-events/verify")
                .then()
                .body("valid", equalTo(true))
                .body("firstBrokenId", nullValue());
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void anOfficerCannotReadTheAuditTrail() {
        given().when().get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void deadlinesInSummariesAreWrittenInBeijingTime() {
        Actor officer = new Actor("officer-audit-times", "officer-audit-times", "officer", null);
        long id = projects.create(
                        officer,
                        new CreateProject(
                                "审计时间项目",
                                2041,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("300000.00"),
                                null))
                .id();
        projects.publish(officer, id, new PublishProject(OffsetDateTime.parse("2041-03-01T02:00Z")));
        projects.extend(officer, id, new ExtendDeadline(OffsetDateTime.parse("2041-03-05T01:30Z"), "澄清文件后顺延"));

        given().queryParam("entityType", "Project")
                .queryParam("entityId", id)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].summary", containsString("由 2041-03-01 10:00（北京时间） 延长至 2041-03-05 09:30（北京时间）"))
                .body("items[1].summary", endsWith("投标截止时间 2041-03-01 10:00（北京时间）"));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void aPageSizeOutsideOneTo200IsRefusedNamingTheField() {
        given().queryParam("size", 201)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    /** As the schema owner: the service's own account cannot update audit events. */
    private static void setSummary(long id, String summary) throws SQLException {
        try (Connection owner = SchemaOwner.connect();
                PreparedStatement update = owner.prepareStatement("UPDATE audit_event SET summary = ? WHERE id = ?")) {
            update.setString(1, summary);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
