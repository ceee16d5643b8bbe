package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer-merge", roles = "officer")
class MergeAndBatchTest {
    private static final int YEAR = 2033;

    @Inject
    ProjectService service;

    private static ValidatableResponse merge(Object... ids) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "2033年台式计算机合并采购", "projectIds", List.of(ids)))
                .when()
                .post("/api/v1/projects/merge")
                .then();
    }

    @Test
    void draftsOfOneYearCategoryAndMethodMergeIntoANewDraftWithTheSumOfTheirBudgets() {
        ProjectView a = Projects.aDraft(service, YEAR, "100000.10");
        ProjectView b = Projects.aDraft(service, YEAR, "200000.20");
        int merged = merge(a.id(), b.id())
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("budgetAmount", equalTo(300000.30f))
                .body("year", equalTo(YEAR))
                .body("categoryCode", equalTo("A02010104"))
                .body("method", equalTo("OPEN_TENDER"))
                .body("mergedIntoId", nullValue())
                .extract()
                .path("id");
        for (ProjectView source : List.of(a, b)) {
            given().when()
                    .get("/api/v1/projects/" + source.id())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("MERGED"))
                    .body("mergedIntoId", equalTo(merged));
        }
        merge(a.id(), b.id()).statusCode(409);
    }

    @Test
    void draftsOfDifferentMethodsAreNotMerged() {
        ProjectView a = Projects.aDraft(service, YEAR, "100000.10");
        ProjectView b =
                Projects.aDraft(service, YEAR, "A02010104", ProcurementMethod.REQUEST_FOR_QUOTATION, "200000.20", null);
        merge(a.id(), b.id()).statusCode(409).body("code", equalTo("MERGE_MIXED"));
    }

    @Test
    void everyOfficerWhoCreatedOrMergedADraftIsACreatorThroughMergesOfMergesAndNoneOfThemAwards() {
        Actor a = officer("officer-creator-a");
        Actor b = officer("officer-creator-b");
        Actor c = officer("officer-creator-c");
        Actor e = officer("officer-creator-e");
        ProjectView first = service.create(a, desktops("1000.00"));
        ProjectView second = service.create(b, desktops("2000.00"));
        ProjectView merged = service.merge(c, new MergeProjects("合并采购", List.of(first.id(), second.id())));
        assertThat(merged.creators()).containsExactly("officer-creator-a", "officer-creator-b", "officer-creator-c");
        assertThat(merged.createdBy()).isEqualTo("officer-creator-c");

        ProjectView third = service.create(e, desktops("3000.00"));
        ProjectView again = service.merge(c, new MergeProjects("再次合并采购", List.of(merged.id(), third.id())));
        given().when()
                .get("/api/v1/projects/" + again.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body(
                        "creators",
                        contains("officer-creator-a", "officer-creator-b", "officer-creator-c", "officer-creator-e"));
        List<String> subjects = List.of(
                "merge-bidder-1-" + System.nanoTime(),
                "merge-bidder-2-" + System.nanoTime(),
                "merge-bidder-3-" + System.nanoTime());
        subjects.forEach(Vendors::anActiveVendor);
        service.publish(c, again.id(), new PublishProject(OffsetDateTime.now().plusDays(1)));
        List<Long> bids = subjects.stream()
                .map(subject -> service.placeBid(
                                new Actor(subject, subject, Roles.VENDOR, null),
                                again.id(),
                                new PlaceBid(new BigDecimal("5000.00")))
                        .id())
                .toList();
        Projects.deadlinePassesNow(again.id());
        service.openBids(Projects.OPENER, again.id());
        AwardProject award = new AwardProject(bids.get(0), null, null);
        for (Actor creator : List.of(a, b, c, e)) {
            assertThatThrownBy(() -> service.award(creator, again.id(), award))
                    .is(Refused.by(RefusalCode.CREATOR_CANNOT_AWARD));
        }
        ProjectResourceTest.award(again.id(), bids.get(0))
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedBy", equalTo("officer-merge"));
    }

    private static Actor officer(String subject) {
        return new Actor(subject, subject, Roles.OFFICER, null);
    }

    private static CreateProject desktops(String budget) {
        return new CreateProject(
                YEAR + "年台式计算机采购", YEAR, "A02010104", ProcurementMethod.OPEN_TENDER, new BigDecimal(budget), null);
    }

    @Test
    void mergingProjectsOfTwoCategoriesOrOneProjectOrAnUnknownOneIsRefused() {
        ProjectView desktops = Projects.aDraft(service, YEAR, "1000.00");
        ProjectView servers =
                Projects.aDraft(service, YEAR, "A02010103", ProcurementMethod.OPEN_TENDER, "1000.00", null);
        merge(desktops.id(), servers.id()).statusCode(409);
        merge(desktops.id(), desktops.id()).statusCode(409);
        merge(desktops.id(), 999999999L).statusCode(404);
        given().when().get("/api/v1/projects/" + desktops.id()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void mergingAPublishedProjectIsRefused() {
        ProjectView draft = Projects.aDraft(service, YEAR, "1000.00");
        ProjectView published = Projects.aDraft(service, YEAR, "1000.00");
        service.publish(
                Projects.CREATOR,
                published.id(),
                new PublishProject(OffsetDateTime.now().plusDays(1)));
        merge(draft.id(), published.id()).statusCode(409);
    }

    @Test
    void projectsOfABatchArePublishedTogetherWithOneDeadline() {
        int batch = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2033年第一批计算机设备采购", "year", YEAR))
                .when()
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .body("name", equalTo("2033年第一批计算机设备采购"))
                .body("year", equalTo(YEAR))
                .extract()
                .path("id");
        ProjectView a =
                Projects.aDraft(service, YEAR, "A02010104", ProcurementMethod.OPEN_TENDER, "1000.00", (long) batch);
        ProjectView b =
                Projects.aDraft(service, YEAR, "A02010105", ProcurementMethod.OPEN_TENDER, "2000.00", (long) batch);
        given().when()
                .get("/api/v1/batches/" + batch)
                .then()
                .statusCode(200)
                .body("projects.id", containsInAnyOrder((int) a.id(), (int) b.id()))
                .body("projects.status", everyItem(equalTo("DRAFT")));
        publishBatch(batch, OffsetDateTime.now().minusMinutes(1)).statusCode(400);
        given().when().get("/api/v1/batches/" + batch).then().body("projects.status", everyItem(equalTo("DRAFT")));
        publishBatch(batch, OffsetDateTime.now().plusDays(7))
                .statusCode(200)
                .body("projects", hasSize(2))
                .body("projects.status", everyItem(equalTo("PUBLISHED")));
        given().queryParam("batchId", batch)
                .when()
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(2));
        publishBatch(batch, OffsetDateTime.now().plusDays(7)).statusCode(409);
    }

    @Test
    void aProjectJoinsOnlyABatchOfItsYear() {
        int batch = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2034年批次", "year", YEAR + 1))
                .when()
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "打印机采购",
                        "year",
                        YEAR,
                        "categoryCode",
                        "A0201060102",
                        "method",
                        "REQUEST_FOR_QUOTATION",
                        "budgetAmount",
                        50000,
                        "batchId",
                        batch))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("batchId"));
    }

    @Test
    void anUnknownBatchIs404AndABatchNeedsANameAndAYear() {
        given().when().get("/api/v1/batches/999999999").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "批次", "year", 1999))
                .when()
                .post("/api/v1/batches")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static ValidatableResponse publishBatch(int batch, OffsetDateTime deadline) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", deadline.toString()))
                .when()
                .post("/api/v1/batches/" + batch + "/publish")
                .then();
    }
}
