package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "officer-audit",
        roles = {"officer", "auditor"})
class ProjectAuditTest {
    private static final int YEAR = 2034;

    @Inject
    ProjectService service;

    private static List<String> actionsOf(Object entityType, long id) {
        return given().queryParam("entityType", entityType)
                .queryParam("entityId", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
    }

    @Test
    void everyStateChangeOfAProjectLeavesAnAuditEventAndTheChainStaysValid() {
        Projects.Tender awarded = Projects.anOpenedTender(service, YEAR, "120000.00", "1234.00", "2000.00", "3000.00");
        long vendorId = awarded.vendorIds().get(0);
        ProjectResourceTest.award(awarded.id(), awarded.bidIds().get(0)).statusCode(200);
        assertThat(actionsOf("Project", awarded.id()))
                .containsExactly(
                        "PROJECT_AWARDED",
                        "BIDS_OPENED",
                        "BID_PLACED",
                        "BID_PLACED",
                        "BID_PLACED",
                        "PROJECT_PUBLISHED",
                        "PROJECT_CREATED");
        String summary = given().queryParam("entityType", "Project")
                .queryParam("entityId", awarded.id())
                .queryParam("action", "PROJECT_AWARDED")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .extract()
                .path("items[0].summary");
        assertThat(summary)
                .contains(awarded.project().code())
                .contains("成交金额 ¥1,234.00")
                .contains("供应商 " + vendorId);

        Projects.Tender failed = Projects.aClosedTender(service, YEAR, "1000.00");
        ProjectResourceTest.close(failed.id(), "fail", "有效投标不足三家").statusCode(200);
        assertThat(actionsOf("Project", failed.id())).first().isEqualTo("PROJECT_FAILED");

        ProjectView cancelled = Projects.aDraft(service, YEAR, "1000.00");
        ProjectResourceTest.close(cancelled.id(), "cancel", "需求变更").statusCode(200);
        assertThat(actionsOf("Project", cancelled.id())).first().isEqualTo("PROJECT_CANCELLED");

        ProjectView a = Projects.aDraft(service, YEAR, "1000.00");
        ProjectView b = Projects.aDraft(service, YEAR, "1000.00");
        int merged = given().contentType(ContentType.JSON)
                .body(Map.of("title", "合并采购", "projectIds", List.of(a.id(), b.id())))
                .when()
                .post("/api/v1/projects/merge")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(actionsOf("Project", a.id())).first().isEqualTo("PROJECT_MERGED");
        assertThat(actionsOf("Project", merged)).containsExactly("PROJECT_CREATED");

        int batch = given().contentType(ContentType.JSON)
                .body(Map.of("name", "审计批次", "year", YEAR))
                .when()
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Projects.aDraft(service, YEAR, "A02010104", ProcurementMethod.OPEN_TENDER, "1000.00", (long) batch);
        given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusDays(3).toString()))
                .when()
                .post("/api/v1/batches/" + batch + "/publish")
                .then()
                .statusCode(200);
        assertThat(actionsOf("Batch", batch)).containsExactly("BATCH_PUBLISHED", "BATCH_CREATED");

        given().when().get("/api/v1/audit-events/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        ProjectView project = Projects.aDraft(service, YEAR, "1000.00");
        ProjectResourceTest.publish(project.id(), OffsetDateTime.now().minusDays(1))
                .statusCode(400);
        ProjectResourceTest.close(project.id(), "fail", "无人投标").statusCode(409);
        assertThat(actionsOf("Project", project.id())).containsExactly("PROJECT_CREATED");
    }
}
