package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductResourceTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";

    @Inject
    CatalogFixtures fixtures;

    private static Map<String, Object> listing(long roundId, String brand, String model, Object price) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", roundId);
        body.put("categoryCode", DESKTOP);
        body.put("brand", brand);
        body.put("model", model);
        body.put("specs", "Intel Core i5-10500/8GB/512GB SSD");
        body.put("unitPrice", price);
        return body;
    }

    private static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/vendors/me/products")
                .then();
    }

    @Test
    @TestSecurity(user = "vendor-prt-submit", roles = "vendor")
    void anAdmittedVendorListsAProductThatWaitsForReview() {
        long vendorId = fixtures.activeVendor("vendor-prt-submit");
        long roundId = fixtures.openRound(2081, DESKTOP);

        submit(listing(roundId, "联想", "启天M430", "4999.5"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("vendorId", equalTo((int) vendorId))
                .body("vendorName", equalTo("测试科技有限公司"))
                .body("roundId", equalTo((int) roundId))
                .body("categoryCode", equalTo(DESKTOP))
                .body("unitPrice", equalTo(4999.50f))
                .body("rejectReason", nullValue());
    }

    @Test
    @TestSecurity(user = "vendor-prt-dup", roles = "vendor")
    void theSameBrandAndModelInAnotherCaseOrWidthIsRefusedWith409ButMayBeListedAgainAfterWithdrawal() {
        fixtures.activeVendor("vendor-prt-dup");
        long roundId = fixtures.openRound(2081, DESKTOP);
        int first = submit(listing(roundId, "Lenovo", "ThinkCentre M920t", "5200"))
                .statusCode(201)
                .extract()
                .path("id");

        submit(listing(roundId, "ＬＥＮＯＶＯ", "thinkcentre  m920T", "5100")).statusCode(409);
        given().when()
                .post("/api/v1/vendors/me/products/{id}/withdraw", first)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().when()
                .post("/api/v1/vendors/me/products/{id}/withdraw", first)
                .then()
                .statusCode(409);
        submit(listing(roundId, "ＬＥＮＯＶＯ", "thinkcentre  m920T", "5100")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "vendor-prt-pending", roles = "vendor")
    void aVendorNotYetAdmittedOrNotRegisteredCannotList() {
        long roundId = fixtures.openRound(2082, DESKTOP);
        submit(listing(roundId, "联想", "启天M430", "4999")).statusCode(409);

        fixtures.pendingVendor("vendor-prt-pending", "待审核科技有限公司");
        submit(listing(roundId, "联想", "启天M430", "4999")).statusCode(409);
    }

    @Test
    @TestSecurity(user = "vendor-prt-closed", roles = "vendor")
    void aClosedRoundOrACategoryOutsideTheRoundIsRefusedWith409() {
        fixtures.activeVendor("vendor-prt-closed");
        long roundId = fixtures.openRound(2082, SERVER);

        submit(listing(roundId, "联想", "启天M430", "4999")).statusCode(409);
        fixtures.closeRound(roundId);
        Map<String, Object> server = listing(roundId, "浪潮", "NF5270M6", "68000");
        server.put("categoryCode", SERVER);
        submit(server).statusCode(409);
    }

    @Test
    @TestSecurity(user = "vendor-prt-invalid", roles = "vendor")
    void anInvalidPriceOrMissingFieldIsRefusedWith400PerField() {
        fixtures.activeVendor("vendor-prt-invalid");
        long roundId = fixtures.openRound(2083, DESKTOP);

        for (Object price : new Object[] {0, -5, "1000000000.00", "12.345", "一千元"}) {
            submit(listing(roundId, "联想", "启天M430", price)).statusCode(400).body("errors.field", hasItem("unitPrice"));
        }
        submit(listing(roundId, " ", "启天M430", "4999")).statusCode(400).body("errors.field", hasItem("brand"));
        Map<String, Object> noRound = listing(roundId, "联想", "启天M430", "4999");
        noRound.remove("roundId");
        submit(noRound).statusCode(400).body("errors.field", hasItem("roundId"));
        submit(listing(Long.MAX_VALUE, "联想", "启天M430", "4999"))
                .statusCode(400)
                .body("errors.field", hasItem("roundId"));
        submit(listing(roundId, "联想", "启天M430", "999999999.99")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "vendor-prt-own", roles = "vendor")
    void aVendorSeesOnlyItsOwnListingsAndCannotWithdrawAnotherVendorsListing() {
        String other = CatalogFixtures.newSubject();
        fixtures.activeVendor(other);
        fixtures.activeVendor("vendor-prt-own");
        long roundId = fixtures.openRound(2084, DESKTOP);
        long theirs = fixtures.listing(other, roundId, DESKTOP, "华为", "擎云W515");
        long mine = fixtures.listing("vendor-prt-own", roundId, DESKTOP, "华为", "擎云W515");
        fixtures.approvedListing("vendor-prt-own", roundId, DESKTOP, "华为", "擎云W585");

        given().queryParam("roundId", roundId)
                .when()
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("roundId", roundId)
                .queryParam("status", "SUBMITTED")
                .when()
                .get("/api/v1/vendors/me/products")
                .then()
                .body("items.id", contains((int) mine));
        given().when()
                .post("/api/v1/vendors/me/products/{id}/withdraw", theirs)
                .then()
                .statusCode(404);
        given().when()
                .post("/api/v1/vendors/me/products/{id}/withdraw", Long.MAX_VALUE)
                .then()
                .statusCode(404);
        given().when().get("/api/v1/products").then().statusCode(403);
        given().when().post("/api/v1/products/{id}/approve", mine).then().statusCode(403);
    }

    @Test
    @TestSecurity(
            user = "officer-prt",
            roles = {"officer", "auditor"})
    void anOfficerApprovesOrRejectsOnlySubmittedListingsAndEachDecisionIsAudited() {
        String vendor = CatalogFixtures.newSubject();
        fixtures.activeVendor(vendor);
        long roundId = fixtures.openRound(2085, DESKTOP);
        long approved = fixtures.listing(vendor, roundId, DESKTOP, "长城", "世恒TF-1");
        long rejected = fixtures.listing(vendor, roundId, DESKTOP, "长城", "世恒TF-2");

        given().when()
                .post("/api/v1/products/{id}/approve", approved)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().when().post("/api/v1/products/{id}/approve", approved).then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/v1/products/{id}/reject", rejected)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "整机未通过国产化适配"))
                .when()
                .post("/api/v1/products/{id}/reject", rejected)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("整机未通过国产化适配"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "重复"))
                .when()
                .post("/api/v1/products/{id}/reject", approved)
                .then()
                .statusCode(409);
        given().when()
                .post("/api/v1/products/{id}/approve", Long.MAX_VALUE)
                .then()
                .statusCode(404);
        given().queryParam("entityType", "Product")
                .queryParam("entityId", rejected)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("PRODUCT_REJECTED", "PRODUCT_SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "vendor-prt-catalog", roles = "vendor")
    void theCatalogShowsApprovedListingsOnly() {
        String vendor = CatalogFixtures.newSubject();
        fixtures.activeVendor(vendor);
        long roundId = fixtures.openRound(2086, DESKTOP);
        long approved = fixtures.approvedListing(vendor, roundId, DESKTOP, "同方", "超越E500");
        fixtures.listing(vendor, roundId, DESKTOP, "同方", "超越E520");
        fixtures.reject(fixtures.listing(vendor, roundId, DESKTOP, "同方", "超越E530"));

        given().queryParam("roundId", roundId)
                .when()
                .get("/api/v1/catalog")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) approved))
                .body("items[0].status", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "manager-prt", roles = "manager")
    void freeTextFindsChineseAndLatinTextInBrandModelAndSpecsWhateverTheCaseAndWidth() {
        String vendor = CatalogFixtures.newSubject();
        long vendorId = fixtures.activeVendor(vendor);
        long roundId = fixtures.openRound(2087, DESKTOP, SERVER);
        long laptop = fixtures.listing(vendor, roundId, DESKTOP, "华为", "MateStation S", "鲲鹏920处理器，16GB内存");
        long server = fixtures.listing(vendor, roundId, SERVER, "浪潮", "NF5280M6", "海光7285，512GB内存");

        assertFound(roundId, Map.of("q", "华为"), laptop);
        assertFound(roundId, Map.of("q", "鲲"), laptop);
        assertFound(roundId, Map.of("q", "matestation"), laptop);
        assertFound(roundId, Map.of("q", "ＮＦ５２８０"), server);
        assertFound(roundId, Map.of("q", "512gb"), server);
        assertFound(roundId, Map.of("q", "内存"), server, laptop);
        assertFound(roundId, Map.of("q", "内存", "categoryCode", SERVER), server);
        assertFound(roundId, Map.of("brand", "浪潮"), server);
        assertFound(roundId, Map.of("vendorId", vendorId, "status", "SUBMITTED"), server, laptop);
        assertFound(roundId, Map.of("q", "联想"));
        assertFound(roundId, Map.of("status", "APPROVED"));
        given().queryParam("status", "PUBLISHED")
                .when()
                .get("/api/v1/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    private static void assertFound(long roundId, Map<String, Object> query, long... ids) {
        Integer[] expected = Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
        given().queryParams(query)
                .queryParam("roundId", roundId)
                .when()
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(ids.length))
                .body("items.id", containsInAnyOrder(expected));
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        given().redirects().follow(false).when().get("/api/v1/catalog").then().statusCode(401);
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(401);
    }
}
