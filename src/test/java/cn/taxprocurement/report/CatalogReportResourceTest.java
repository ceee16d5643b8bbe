package cn.taxprocurement.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.catalog.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogReportResourceTest {
    private static final String SERVER = "A02010103";
    private static final String DESKTOP = "A02010104";

    @Inject
    CatalogFixtures fixtures;

    @Test
    @TestSecurity(user = "manager-crrt", roles = "manager")
    void approvedListingsOfAYearAreCountedAndComparedWithThePreviousYear() {
        String a = CatalogFixtures.newSubject();
        String b = CatalogFixtures.newSubject();
        String c = CatalogFixtures.newSubject();
        fixtures.activeVendor(a);
        fixtures.activeVendor(b);
        fixtures.activeVendor(c);
        long first = fixtures.openRound(2091, SERVER, DESKTOP);
        fixtures.approvedListing(a, first, DESKTOP, "Lenovo", "M1");
        fixtures.approvedListing(b, first, DESKTOP, "ＬＥＮＯＶＯ", "M2");
        fixtures.approvedListing(b, first, SERVER, "华为", "TaiShan 200");
        fixtures.listing(c, first, SERVER, "浪潮", "NF5270M6");
        long second = fixtures.openRound(2092, SERVER);
        long third = fixtures.openRound(2092, DESKTOP);
        fixtures.approvedListing(a, second, SERVER, "浪潮", "NF5280M6");
        fixtures.approvedListing(b, second, SERVER, "曙光", "I620-G30");
        fixtures.approvedListing(c, third, DESKTOP, "长城", "世恒TF");
        fixtures.approvedListing(c, third, DESKTOP, "长城", "世恒TG");
        fixtures.reject(fixtures.listing(c, third, DESKTOP, "同方", "超越E500"));

        given().queryParam("year", 2092)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(200)
                .body("year", equalTo(2092))
                .body("categoryCount", equalTo(2))
                .body("vendorCount", equalTo(3))
                .body("productCount", equalTo(4))
                .body("brandCount", equalTo(3))
                .body("previousYear.year", equalTo(2091))
                .body("previousYear.categoryCount", equalTo(2))
                .body("previousYear.vendorCount", equalTo(2))
                .body("previousYear.productCount", equalTo(3))
                .body("previousYear.brandCount", equalTo(2))
                .body("productGrowthRate", equalTo(33.33f))
                .body("vendorGrowthRate", equalTo(50.0f))
                .body("byCategory.categoryCode", contains(SERVER, DESKTOP))
                .body("byCategory[0].categoryName", equalTo("服务器"))
                .body("byCategory[0].vendorCount", equalTo(2))
                .body("byCategory[1].productCount", equalTo(2))
                .body("byCategory[1].brandCount", equalTo(1));
    }

    @Test
    @TestSecurity(user = "officer-crrt", roles = "officer")
    void growthIsNullWhenThePreviousYearHadNothing() {
        String vendor = CatalogFixtures.newSubject();
        fixtures.activeVendor(vendor);
        fixtures.approvedListing(vendor, fixtures.openRound(2095, DESKTOP), DESKTOP, "同方", "超越E500");

        given().queryParam("year", 2095)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(200)
                .body("productCount", equalTo(1))
                .body("previousYear", nullValue())
                .body("productGrowthRate", nullValue())
                .body("vendorGrowthRate", nullValue());
    }

    @Test
    @TestSecurity(user = "manager-crrt-year", roles = "manager")
    void theYearIsRequiredAndBetween2000And2100() {
        given().when().get("/api/v1/reports/catalog").then().statusCode(400).body("errors.field", hasItem("year"));
        given().queryParam("year", 2101)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    @Test
    @TestSecurity(user = "vendor-crrt", roles = "vendor")
    void vendorsCannotReadTheReport() {
        given().queryParam("year", 2096)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(403);
    }
}
