package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
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
    @TestSecurity(user = "officer-creator", roles = "officer")
    void awardIsRefusedToTheOfficerWhoCreatedTheProject() {
        Projects.Tender tender = Projects.anOpenedTender(service, YEAR, "5000.00", "4800.00", "4700.00", "4900.00");
        award(tender.id(), tender.bidIds().get(1))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CREATOR_CANNOT_AWARD"));
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void anotherOfficerAwardsTheFirstRankedBidAtItsAmountAndNothingChangesItAfterwards() {
        Projects.Tender tender = Projects.anOpenedTender(service, YEAR, "5000.00", "4800.00", "4700.50", "4900.00");
        award(tender.id(), tender.bidIds().get(1))
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedAmount", equalTo(4700.50f))
                .body("awardedVendorId", equalTo(tender.vendorIds().get(1).intValue()))
                .body("awardedBidId", equalTo(tender.bidIds().get(1).intValue()))
                .body("awardedBy", equalTo("officer-2"))
                .body("awardedAt", notNullValue());
        award(tender.id(), tender.bidIds().get(0)).statusCode(409).body("code", equalTo("PROJECT_NOT_AWARDABLE"));
        close(tender.id(), "cancel", "需求变更").statusCode(409);
        close(tender.id(), "fail", "无人投标").statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void awardNeedsABidOfTheProjectAndAnAmountThatIsTheBids() {
        Projects.Tender tender = Projects.anOpenedTender(service, YEAR, "5000.00", "4800.00", "4700.00", "4900.00");
        Projects.Tender other = Projects.anOpenedTender(service, YEAR, "5000.00", "4800.00", "4700.00", "4900.00");
        award(tender.id(), 999999999L).statusCode(400).body("errors[0].field", equalTo("bidId"));
        award(tender.id(), other.bidIds().get(1)).statusCode(400).body("errors[0].field", equalTo("bidId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("bidId", tender.bidIds().get(1), "awardedAmount", new BigDecimal("4600.00")))
                .when()
                .post("/api/v1/projects/" + tender.id() + "/award")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("awardedAmount"));
        given().contentType(ContentType.JSON)
                .body(Map.of("bidId", tender.bidIds().get(1), "awardedAmount", new BigDecimal("4700.00")))
                .when()
                .post("/api/v1/projects/" + tender.id() + "/award")
                .then()
                .statusCode(200)
                .body("awardedAmount", equalTo(4700.00f));
        award(999999999L, tender.bidIds().get(1)).statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer-2", roles = "officer")
    void aPublishedProjectFailsOnlyAfterItsDeadlineAndADraftIsCancelledEachWithAReason() {
        ProjectView open = Projects.aPublished(service, YEAR, "5000.00", Duration.ofDays(1));
        close(open.id(), "fail", "有效投标不足三家").statusCode(409).body("code", equalTo("BIDDING_STILL_OPEN"));
        Projects.Tender closed = Projects.aClosedTender(service, YEAR, "5000.00", "4800.00");
        close(closed.id(), "fail", " ").statusCode(400).body("errors[0].field", equalTo("reason"));
        close(closed.id(), "fail", "有效投标不足三家")
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

    static ValidatableResponse award(long id, long bidId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("bidId", bidId))
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
