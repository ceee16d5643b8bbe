package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import cn.taxprocurement.fixtures.Vendors;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {
    private static final int YEAR = 2031;

    @Inject
    ProjectService service;

    private static Map<String, Object> newProject(Object budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "金税三期运维服务器扩容采购");
        body.put("year", YEAR);
        body.put("categoryCode", "A02010103");
        body.put("method", "OPEN_TENDER");
        body.put("budgetAmount", budget);
        return body;
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void anOfficerCreatesADraftWithAGeneratedCode() {
        given().contentType(ContentType.JSON)
                .body(newProject(1520000))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("code", matchesPattern("CG-2031-\\d{4}"))
                .body("budgetAmount", equalTo(1520000.00f))
                .body("method", equalTo("OPEN_TENDER"))
                .body("createdBy", equalTo("officer-1"))
                .body("id", notNullValue());
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void aBudgetOfZeroBeyondTheLimitOrWithThreeDecimalsIsRefusedOnTheBudget() {
        for (String budget : new String[] {"0", "-5", "1000000000000.00", "10.123"}) {
            given().contentType(ContentType.JSON)
                    .body(newProject(new BigDecimal(budget)))
                    .when()
                    .post("/api/v1/projects")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("budgetAmount"));
        }
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void anUnknownMethodCategoryOrBatchOrAYearOutOfRangeIsRefusedOnThatField() {
        Map<String, Object> method = newProject(100);
        method.put("method", "LOTTERY");
        assertRefusedOn(method, "method");
        Map<String, Object> category = newProject(100);
        category.put("categoryCode", "A99999999");
        assertRefusedOn(category, "categoryCode");
        Map<String, Object> year = newProject(100);
        year.put("year", 1999);
        assertRefusedOn(year, "year");
        Map<String, Object> batch = newProject(100);
        batch.put("batchId", 999999999);
        assertRefusedOn(batch, "batchId");
    }

    private static void assertRefusedOn(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "vendor-1", roles = "vendor")
    void aVendorCannotCreateOrReadProjects() {
        given().contentType(ContentType.JSON)
                .body(newProject(100))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/projects").then().statusCode(403);
    }

    @Test
    void anAnonymousCallerGets401() {
        given().redirects().follow(false).when().get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aManagerReadsProjectsByFilterAndOneByOne() {
        ProjectView software =
                Projects.aDraft(service, YEAR, "A02010803", ProcurementMethod.SINGLE_SOURCE, "880000.00", null);
        given().queryParam("year", YEAR)
                .queryParam("method", "SINGLE_SOURCE")
                .queryParam("categoryCode", "A02010803")
                .queryParam("status", "DRAFT")
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) software.id()))
                .body("items.method", everyItem(equalTo("SINGLE_SOURCE")))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        given().when()
                .get("/api/v1/projects/" + software.id())
                .then()
                .statusCode(200)
                .body("code", equalTo(software.code()));
        given().when().get("/api/v1/projects/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    void aPageSizeBeyond200OrAnUnknownStatusIsRefused() {
        given().queryParam("size", 201).when().get("/api/v1/projects").then().statusCode(400);
        given().queryParam("status", "LOST")
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void publishingNeedsADeadlineInTheFuture() {
        ProjectView project = Projects.aDraft(service, YEAR, "100000.00");
        publish(project.id(), OffsetDateTime.now().minusHours(1))
                .statusCode(400)
                .body("errors[0].field", equalTo("bidDeadline"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/projects/" + project.id() + "/publish")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("bidDeadline"));
        publish(project.id(), OffsetDateTime.now().plusDays(10))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("bidDeadline", notNullValue());
        publish(project.id(), OffsetDateTime.now().plusDays(10)).statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "officer")
    void awardIsRefusedToTheOfficerWhoCreatedTheProject() {
        long vendorId = Vendors.anActiveVendor("vendor-award-self");
        String id = given().contentType(ContentType.JSON)
                .body(newProject(5000))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
        award(Long.parseLong(id), vendorId, "4800.00").statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void anotherOfficerAwardsADraftRunOfflineAndNothingChangesItAfterwards() {
        long vendorId = Vendors.anActiveVendor("vendor-award-ok");
        ProjectView project = Projects.aDraft(service, YEAR, "5000.00");
        award(project.id(), vendorId, "4800.5")
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedAmount", equalTo(4800.50f))
                .body("awardedVendorId", equalTo((int) vendorId))
                .body("awardedBy", equalTo("officer-2"))
                .body("awardedAt", notNullValue());
        award(project.id(), vendorId, "4700").statusCode(409);
        close(project.id(), "cancel", "需求变更").statusCode(409);
        close(project.id(), "fail", "无人投标").statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void awardNeedsAnExistingActiveVendorAndAPositiveAmount() {
        long pending = Vendors.aPendingVendor("vendor-award-pending");
        ProjectView project = Projects.aDraft(service, YEAR, "5000.00");
        award(project.id(), 999999999L, "100").statusCode(400).body("errors[0].field", equalTo("vendorId"));
        award(project.id(), pending, "100").statusCode(409);
        award(project.id(), Vendors.anActiveVendor("vendor-award-zero"), "0")
                .statusCode(400)
                .body("errors[0].field", equalTo("awardedAmount"));
        award(999999999L, pending, "100").statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void aPublishedProjectFailsAndADraftIsCancelledEachWithAReason() {
        ProjectView published = Projects.aDraft(service, YEAR, "5000.00");
        publish(published.id(), OffsetDateTime.now().plusDays(1)).statusCode(200);
        close(published.id(), "fail", " ").statusCode(400).body("errors[0].field", equalTo("reason"));
        close(published.id(), "fail", "有效投标不足三家")
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failReason", equalTo("有效投标不足三家"));
        ProjectView draft = Projects.aDraft(service, YEAR, "5000.00");
        close(draft.id(), "fail", "无人投标").statusCode(409);
        close(draft.id(), "cancel", "需求变更").statusCode(200).body("status", equalTo("CANCELLED"));
        publish(draft.id(), OffsetDateTime.now().plusDays(1)).statusCode(409);
    }

    static ValidatableResponse publish(long id, OffsetDateTime deadline) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", deadline.toString()))
                .when()
                .post("/api/v1/projects/" + id + "/publish")
                .then();
    }

    static ValidatableResponse award(long id, long vendorId, String amount) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("vendorId", vendorId, "awardedAmount", new BigDecimal(amount)))
                .when()
                .post("/api/v1/projects/" + id + "/award")
                .then();
    }

    static ValidatableResponse close(long id, String how, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .when()
                .post("/api/v1/projects/" + id + "/" + how)
                .then();
    }
}
