package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BiddingTest {
    private static final int YEAR = 2032;

    @Inject
    ProjectService service;

    @Inject
    BidRepository bids;

    private ProjectView aPublishedProject(OffsetDateTime deadline) {
        ProjectView project = Projects.aDraft(service, YEAR, "300000.00");
        return service.publish(Projects.CREATOR, project.id(), new PublishProject(deadline));
    }

    private static ValidatableResponse bid(long projectId, String amount) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("amount", new BigDecimal(amount)))
                .when()
                .post("/api/v1/projects/" + projectId + "/bids")
                .then();
    }

    private static Actor vendor(String subject) {
        return new Actor(subject, subject, Roles.VENDOR, null);
    }

    @Test
    @TestSecurity(user = "vendor-bid-1", roles = "vendor")
    void anActiveVendorBidsAndASecondBidSupersedesItsFirstWhichIsKept() {
        long vendorId = Vendors.anActiveVendor("vendor-bid-1");
        ProjectView project = aPublishedProject(OffsetDateTime.now().plusDays(1));
        int first = bid(project.id(), "290000.00")
                .statusCode(201)
                .body("projectId", equalTo((int) project.id()))
                .body("vendorId", equalTo((int) vendorId))
                .body("amount", equalTo(290000.00f))
                .body("submittedAt", not(equalTo(null)))
                .extract()
                .path("id");
        int second = bid(project.id(), "285000.50")
                .statusCode(201)
                .body("id", not(equalTo(first)))
                .extract()
                .path("id");
        given().when()
                .get("/api/v1/projects/" + project.id() + "/bids/mine")
                .then()
                .statusCode(200)
                .body("id", equalTo(second))
                .body("amount", equalTo(285000.50f));
        List<BigDecimal> kept = QuarkusTransaction.requiringNew()
                .call(() -> bids.list("projectId", project.id()).stream()
                        .map(b -> b.amount)
                        .toList());
        assertThat(kept).containsExactlyInAnyOrder(new BigDecimal("290000.00"), new BigDecimal("285000.50"));
    }

    @Test
    @TestSecurity(user = "vendor-bid-2", roles = "vendor")
    void aVendorWithoutABidGets404ForItsOwnBid() {
        Vendors.anActiveVendor("vendor-bid-2");
        ProjectView project = aPublishedProject(OffsetDateTime.now().plusDays(1));
        given().when()
                .get("/api/v1/projects/" + project.id() + "/bids/mine")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "vendor-bid-3", roles = "vendor")
    void aDraftTakesNoBidAndNeitherDoesAnUnregisteredOrPendingVendor() {
        ProjectView draft = Projects.aDraft(service, YEAR, "300000.00");
        ProjectView published = aPublishedProject(OffsetDateTime.now().plusDays(1));
        bid(published.id(), "100").statusCode(409);
        Vendors.aPendingVendor("vendor-bid-3");
        bid(published.id(), "100").statusCode(409);
        bid(draft.id(), "100").statusCode(409).contentType("application/problem+json");
        bid(published.id(), "0").statusCode(400).body("errors[0].field", equalTo("amount"));
        bid(999999999L, "100").statusCode(404);
    }

    @Test
    @TestSecurity(
            user = "officer-bid",
            roles = {"officer", "auditor"})
    void bidsAreSealedUntilTheDeadlineThenOfficersReadTheCurrentOnesAndAwardOne() {
        Vendors.anActiveVendor("vendor-bid-4");
        Vendors.anActiveVendor("vendor-bid-5");
        Vendors.anActiveVendor("vendor-bid-7");
        ProjectView project = aPublishedProject(OffsetDateTime.now().plusDays(1));
        BidView superseded =
                service.placeBid(vendor("vendor-bid-4"), project.id(), new PlaceBid(new BigDecimal("275000.00")));
        BidView winning =
                service.placeBid(vendor("vendor-bid-4"), project.id(), new PlaceBid(new BigDecimal("271000.00")));
        service.placeBid(vendor("vendor-bid-5"), project.id(), new PlaceBid(new BigDecimal("280000.00")));
        service.placeBid(vendor("vendor-bid-7"), project.id(), new PlaceBid(new BigDecimal("290000.00")));

        given().when().get("/api/v1/projects/" + project.id() + "/bids").then().statusCode(409);
        List<String> summaries = given().queryParam("entityType", "Project")
                .queryParam("entityId", project.id())
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.summary");
        assertThat(summaries)
                .hasSize(7)
                .noneMatch(s -> s.contains("271") || s.contains("275") || s.contains("280") || s.contains("290"));

        Projects.deadlinePassesNow(project.id());

        given().when()
                .get("/api/v1/projects/" + project.id() + "/bids")
                .then()
                .statusCode(200)
                .body("$", hasSize(3))
                .body("bidId", contains(equalTo((int) winning.id()), greaterThan((int) winning.id()), greaterThan((int)
                        winning.id())))
                .body("amount", contains(271000.00f, 280000.00f, 290000.00f))
                .body("valid", everyItem(equalTo(true)));
        assertThatThrownBy(() ->
                        service.placeBid(vendor("vendor-bid-5"), project.id(), new PlaceBid(new BigDecimal("1.00"))))
                .is(Refused.by(RefusalCode.BIDDING_CLOSED));
        given().contentType(ContentType.JSON)
                .body(Map.of("bidId", superseded.id()))
                .when()
                .post("/api/v1/projects/" + project.id() + "/award")
                .then()
                .statusCode(409)
                .body("code", equalTo("BID_SUPERSEDED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("awardedAmount", 271000, "bidId", winning.id()))
                .when()
                .post("/api/v1/projects/" + project.id() + "/award")
                .then()
                .statusCode(200)
                .body("awardedBidId", equalTo((int) winning.id()))
                .body("status", equalTo("AWARDED"));
    }

    @Test
    @TestSecurity(
            user = "officer-sealed",
            roles = {"officer", "auditor"})
    void aRefusedReadOfSealedBidsIsWrittenToTheAuditTrail() {
        ProjectView project = aPublishedProject(OffsetDateTime.now().plusDays(1));
        given().when().get("/api/v1/projects/" + project.id() + "/bids").then().statusCode(409);
        given().queryParam("entityType", "Project")
                .queryParam("entityId", project.id())
                .queryParam("action", AuditAction.ACCESS_REFUSED)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actor", equalTo("officer-sealed"))
                .body("items[0].summary", containsString(project.code()));
    }

    @Test
    @TestSecurity(user = "manager-bid", roles = "manager")
    void aManagerCannotReadBids() {
        given().when().get("/api/v1/projects/1/bids").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer-bid", roles = "officer")
    void anOfficerCannotBid() {
        bid(1L, "100").statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void twoBidsOfOneVendorAtOnceAreBothKeptAndTheLaterOneIsCurrent() throws Exception {
        long vendorId = Vendors.anActiveVendor("vendor-bid-6");
        ProjectView project = aPublishedProject(OffsetDateTime.now().plusDays(1));
        CountDownLatch start = new CountDownLatch(1);
        Callable<BidView> bid = () -> {
            start.await();
            return service.placeBid(vendor("vendor-bid-6"), project.id(), new PlaceBid(new BigDecimal("1000.00")));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BidView> first = pool.submit(bid);
            Future<BidView> second = pool.submit(bid);
            start.countDown();
            assertThat(first.get().id()).isNotEqualTo(second.get().id());
            assertThat(first.get().vendorId()).isEqualTo(vendorId);
            assertThat(service.myBid(vendor("vendor-bid-6"), project.id()).id())
                    .isEqualTo(Math.max(first.get().id(), second.get().id()));
        } finally {
            pool.shutdown();
        }
    }
}
