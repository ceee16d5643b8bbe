package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.OcdsSchemas;
import cn.taxprocurement.fixtures.Tokens;
import cn.taxprocurement.opendata.OcdsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShortlistClosingTest {
    private static final String DESKTOP = "A02010104";
    private static final String LAPTOP = "A02010105";
    // Each test has its own year, so that its figures and notices are its own.
    private static final AtomicInteger YEARS = new AtomicInteger(2051);

    @Inject
    CatalogFixtures fixtures;

    @Inject
    CatalogRoundService rounds;

    @Inject
    OcdsConfig ocds;

    @Test
    @TestSecurity(
            user = "officer-shortlist",
            roles = {"officer", "manager"})
    void closingARoundFreezesItsFiguresAndPublishesOneShortlistNoticeNamingEachAdmittedVendor() {
        int year = YEARS.getAndIncrement();
        long round = fixtures.openRound(year, DESKTOP, LAPTOP);
        String first = CatalogFixtures.newSubject();
        String second = CatalogFixtures.newSubject();
        fixtures.activeVendor(first);
        fixtures.activeVendor(second);
        fixtures.approvedListing(first, round, DESKTOP, "联想", "启天M430");
        fixtures.approvedListing(first, round, DESKTOP, "联想", "启天M530");
        fixtures.approvedListing(first, round, LAPTOP, "联想", "昭阳K4");
        long suspended = fixtures.approvedListing(second, round, DESKTOP, "华为", "擎云W515");
        long late = fixtures.listing(second, round, LAPTOP, "华为", "擎云L410");

        given().when()
                .post("/api/v1/catalog-rounds/{id}/close", round)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("categoryCount", equalTo(2))
                .body("vendorCount", equalTo(2))
                .body("productCount", equalTo(4))
                .body("brandCount", equalTo(2));
        given().when().get("/api/v1/catalog-rounds/{id}", round).then().body("productCount", equalTo(4));

        given().queryParam("type", "SHORTLIST")
                .queryParam("year", year)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].roundId", equalTo((int) round))
                .body("items[0].fields.vendorCount", equalTo(2))
                .body("items[0].fields.vendors.size()", equalTo(2))
                .body("items[0].fields.vendors.products.flatten()", notNullValue())
                .body("items[0].body", containsString("台式计算机 2 种、便携式计算机 1 种"))
                .body("items[0].body", containsString("共有 2 类品目、2 家供应商的 4 种产品入围"));

        OcdsSchemas.assertValidRecordPackage(given().when()
                .get("/api/v1/public/ocds/records/" + ocds.ocidPrefix() + "-SHORTLIST-" + round)
                .then()
                .statusCode(200)
                .body("records[0].compiledRelease.awards[0].suppliers.size()", equalTo(2))
                .extract()
                .asString());

        // The shortlist is fixed: nothing is admitted after the close, and a suspension leaves the year's figures.
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/v1/products/{id}/approve", late)
                .then()
                .statusCode(409)
                .body("code", equalTo(RefusalCode.LISTING_ROUND_CLOSED.name()));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "质量抽检不合格"))
                .when()
                .post("/api/v1/products/{id}/suspend", suspended)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        given().queryParam("year", year)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(200)
                .body("vendorCount", equalTo(2))
                .body("productCount", equalTo(4))
                .body("suspendedSinceClose", equalTo(1));
        given().queryParam("roundId", round)
                .when()
                .get("/api/v1/catalog")
                .then()
                .body("total", equalTo(3));

        given().queryParam("year", year)
                .when()
                .get("/api/v1/reports/yearbook")
                .then()
                .statusCode(200)
                .body("productCount", equalTo(4))
                .body("text", equalTo(year + "年，组织完成2类信息化产品入围采购，共有2家供应商、4种产品入围。"));
    }

    @Test
    void aCloseRolledBackLeavesTheRoundOpenAndNoNotice() {
        int year = YEARS.getAndIncrement();
        long round = fixtures.openRound(year, DESKTOP);
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        fixtures.approvedListing(subject, round, DESKTOP, "联想", "启天M430");

        QuarkusTransaction.begin();
        rounds.close(CatalogFixtures.OFFICER, round);
        QuarkusTransaction.rollback();

        given().queryParam("type", "SHORTLIST")
                .queryParam("year", year)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.of("matrix-officer"))
                .when()
                .get("/api/v1/catalog-rounds/{id}", round)
                .then()
                .body("status", equalTo("OPEN"))
                .body("productCount", equalTo(null));
    }
}
