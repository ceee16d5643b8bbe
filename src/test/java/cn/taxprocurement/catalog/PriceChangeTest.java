package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PriceChangeTest {
    private static final String DESKTOP = "A02010104";
    private static final int YEAR = 2047;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    PriceChangeService prices;

    private static ValidatableResponse propose(long productId, String price, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unitPrice", price, "reason", reason))
                .when()
                .post("/api/v1/vendors/me/products/{id}/price-changes", productId)
                .then();
    }

    private void approveAsOfficer(long changeId) {
        prices.approve(CatalogFixtures.OFFICER, changeId);
    }

    @Test
    @TestSecurity(user = "vendor-pct-cut", roles = "vendor")
    void anApprovedPriceCutBecomesTheListingsPriceAndTheNextPointOfItsHistory() {
        fixtures.activeVendor("vendor-pct-cut");
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long id = fixtures.approvedListing("vendor-pct-cut", roundId, DESKTOP, "联想", "启天M450");

        int change = propose(id, "4799.00", "年中让利")
                .statusCode(201)
                .body("productId", equalTo((int) id))
                .body("oldPrice", equalTo(4999.00f))
                .body("newPrice", equalTo(4799.00f))
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        approveAsOfficer(change);
        int second = propose(id, "4599", "批量采购优惠")
                .statusCode(201)
                .body("oldPrice", equalTo(4799.00f))
                .extract()
                .path("id");
        approveAsOfficer(second);

        given().queryParam("roundId", roundId)
                .get("/api/v1/vendors/me/products")
                .then()
                .body("items[0].unitPrice", equalTo(4599.00f));
        given().get("/api/v1/products/{id}/price-history", id)
                .then()
                .statusCode(200)
                .body("unitPrice", contains(4999.00f, 4799.00f, 4599.00f))
                .body("approvedBy", contains("officer-fixture", "officer-fixture", "officer-fixture"))
                .body("effectiveFrom", everyItem(not(equalTo(null))));
    }

    @Test
    @TestSecurity(user = "vendor-pct-refusals", roles = "vendor")
    void aPriceChangeIsRefusedUnlessTheListingIsApprovedNothingIsPendingAndThePriceFalls() {
        fixtures.activeVendor("vendor-pct-refusals");
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long submitted = fixtures.listing("vendor-pct-refusals", roundId, DESKTOP, "华为", "擎云W515");
        long approved = fixtures.approvedListing("vendor-pct-refusals", roundId, DESKTOP, "华为", "擎云W585");

        propose(submitted, "4000", "让利").statusCode(409).body("code", equalTo("PRICE_CHANGE_NOT_APPROVED"));
        propose(approved, "4999.00", "让利").statusCode(409).body("code", equalTo("PRICE_NOT_LOWER"));
        propose(approved, "5200", "涨价").statusCode(409).body("code", equalTo("PRICE_NOT_LOWER"));
        propose(approved, "4800", " ").statusCode(400).body("errors.field", hasItem("reason"));
        propose(approved, "0", "让利").statusCode(400).body("errors.field", hasItem("unitPrice"));
        propose(approved, "4800", "让利").statusCode(201);
        propose(approved, "4700", "再让利").statusCode(409).body("code", equalTo("PRICE_CHANGE_PENDING"));
    }

    @Test
    @TestSecurity(user = "vendor-pct-closed", roles = "vendor")
    void onceTheRoundHasClosedAListingCanNeitherChangeItsPriceNorBeWithdrawn() {
        fixtures.activeVendor("vendor-pct-closed");
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long approved = fixtures.approvedListing("vendor-pct-closed", roundId, DESKTOP, "浪潮", "英信P8000");
        long submitted = fixtures.listing("vendor-pct-closed", roundId, DESKTOP, "浪潮", "英信P8100");
        fixtures.closeRound(roundId);

        propose(approved, "4500", "让利").statusCode(409).body("code", equalTo("LISTING_ROUND_CLOSED"));
        given().post("/api/v1/vendors/me/products/{id}/withdraw", approved)
                .then()
                .statusCode(409)
                .body("code", equalTo("LISTING_ROUND_CLOSED"));
        given().post("/api/v1/vendors/me/products/{id}/withdraw", submitted)
                .then()
                .statusCode(409)
                .body("code", equalTo("LISTING_ROUND_CLOSED"));
    }

    @Test
    @TestSecurity(user = "vendor-pct-own", roles = "vendor")
    void aVendorCanNeitherRepriceNorReadThePriceHistoryOfAnotherVendorsListing() {
        String other = CatalogFixtures.newSubject();
        fixtures.activeVendor(other);
        fixtures.activeVendor("vendor-pct-own");
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long theirs = fixtures.approvedListing(other, roundId, DESKTOP, "同方", "超越E500");
        long mine = fixtures.approvedListing("vendor-pct-own", roundId, DESKTOP, "同方", "超越E500");

        propose(theirs, "4000", "让利").statusCode(404).body("code", equalTo("PRODUCT_NOT_FOUND"));
        given().get("/api/v1/products/{id}/price-history", theirs).then().statusCode(404);
        given().get("/api/v1/products/{id}/price-history", mine)
                .then()
                .statusCode(200)
                .body("unitPrice", contains(4999.00f));
        given().get("/api/v1/products/{id}/price-history", Long.MAX_VALUE)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer-pct-decide", roles = "officer")
    void anOfficerListsPendingChangesAndApprovesOrRejectsEachOnce() {
        String vendor = CatalogFixtures.newSubject();
        fixtures.activeVendor(vendor);
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long first = fixtures.approvedListing(vendor, roundId, DESKTOP, "长城", "世恒TD120");
        long second = fixtures.approvedListing(vendor, roundId, DESKTOP, "长城", "世恒TD130");
        long toApprove = prices.propose(
                        CatalogFixtures.vendor(vendor),
                        first,
                        new PriceRequests.Propose(new BigDecimal("4500.00"), "让利"))
                .id();
        long toReject = prices.propose(
                        CatalogFixtures.vendor(vendor),
                        second,
                        new PriceRequests.Propose(new BigDecimal("4000.00"), "清库存"))
                .id();

        given().queryParam("status", "PENDING")
                .queryParam("size", 200)
                .get("/api/v1/price-changes")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) toApprove))
                .body("items.status", everyItem(equalTo("PENDING")));
        given().queryParam("status", "LATER")
                .get("/api/v1/price-changes")
                .then()
                .statusCode(400);

        given().contentType(ContentType.JSON)
                .post("/api/v1/price-changes/{id}/approve", toApprove)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("officer-pct-decide"));
        given().contentType(ContentType.JSON)
                .post("/api/v1/price-changes/{id}/approve", toApprove)
                .then()
                .statusCode(409)
                .body("code", equalTo("PRICE_CHANGE_NOT_PENDING"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/api/v1/price-changes/{id}/reject", toReject)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "降幅过大，请说明成本依据"))
                .post("/api/v1/price-changes/{id}/reject", toReject)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("降幅过大，请说明成本依据"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "再驳回"))
                .post("/api/v1/price-changes/{id}/reject", toReject)
                .then()
                .statusCode(409)
                .body("code", equalTo("PRICE_CHANGE_NOT_PENDING"));
        given().contentType(ContentType.JSON)
                .post("/api/v1/price-changes/{id}/approve", Long.MAX_VALUE)
                .then()
                .statusCode(404);

        given().get("/api/v1/products/{id}/price-history", first)
                .then()
                .body("unitPrice", contains(4999.00f, 4500.00f))
                .body("approvedBy", contains("officer-fixture", "officer-pct-decide"));
        given().get("/api/v1/products/{id}/price-history", second).then().body("unitPrice", contains(4999.00f));
    }

    @Test
    @TestSecurity(user = "officer-pct-suspend", roles = "officer")
    void anOfficerSuspendsOnlyAnApprovedListingAlsoAfterItsRoundClosed() {
        String vendor = CatalogFixtures.newSubject();
        fixtures.activeVendor(vendor);
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        long approved = fixtures.approvedListing(vendor, roundId, DESKTOP, "方正", "文祥E520");
        long submitted = fixtures.listing(vendor, roundId, DESKTOP, "方正", "文祥E530");
        fixtures.closeRound(roundId);

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/api/v1/products/{id}/suspend", approved)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "抽检不合格"))
                .post("/api/v1/products/{id}/suspend", submitted)
                .then()
                .statusCode(409)
                .body("code", equalTo("LISTING_NOT_SUSPENDABLE"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "抽检不合格"))
                .post("/api/v1/products/{id}/suspend", approved)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("suspendReason", equalTo("抽检不合格"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "再次暂停"))
                .post("/api/v1/products/{id}/suspend", approved)
                .then()
                .statusCode(409)
                .body("code", equalTo("LISTING_NOT_SUSPENDABLE"));
        given().queryParam("roundId", roundId)
                .get("/api/v1/catalog")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) approved)));
    }
}
