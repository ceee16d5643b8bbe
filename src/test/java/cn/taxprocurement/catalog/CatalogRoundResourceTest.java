package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogRoundResourceTest {

    private static ValidatableResponse open(Object year, String name, List<String> categoryCodes) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("year", year, "name", name, "categoryCodes", categoryCodes))
                .when()
                .post("/api/v1/catalog-rounds")
                .then();
    }

    @Test
    @TestSecurity(user = "officer-crt", roles = "officer")
    void anOfficerOpensARoundOverExistingCategories() {
        int id = open(2071, "2071年度计算机入围采购", List.of("A02010105", "A02010104"))
                .statusCode(201)
                .body("year", equalTo(2071))
                .body("status", equalTo("OPEN"))
                .body("categoryCodes", contains("A02010104", "A02010105"))
                .extract()
                .path("id");

        given().when()
                .get("/api/v1/catalog-rounds/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("2071年度计算机入围采购"));
    }

    @Test
    @TestSecurity(user = "officer-crt-bad", roles = "officer")
    void anUnknownOrMissingCategoryOrAYearOutOfRangeIsRefusedWith400() {
        open(2071, "未知品目", List.of("A02010104", "A09999999"))
                .statusCode(400)
                .body("errors.field", hasItem("categoryCodes"));
        open(2071, "没有品目", List.of()).statusCode(400).body("errors.field", hasItem("categoryCodes"));
        open(1999, "太早", List.of("A02010104")).statusCode(400).body("errors.field", hasItem("year"));
        open("二〇七一", "不是数字", List.of("A02010104")).statusCode(400).body("errors.field", hasItem("year"));
    }

    @Test
    @TestSecurity(user = "officer-crt-close", roles = "officer")
    void aRoundIsClosedOnceAndAClosedRoundCannotBeClosedAgain() {
        int id = open(2073, "2073年度网络设备入围采购", List.of("A02010202"))
                .statusCode(201)
                .extract()
                .path("id");

        given().when()
                .post("/api/v1/catalog-rounds/{id}/close", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().when().post("/api/v1/catalog-rounds/{id}/close", id).then().statusCode(409);
        given().when()
                .post("/api/v1/catalog-rounds/{id}/close", Long.MAX_VALUE)
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "vendor-crt", roles = "vendor")
    void anyoneSignedInReadsTheRoundsOfAYearButOnlyOfficersOpenThem() {
        given().when()
                .get("/api/v1/catalog-rounds?year=2072")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        open(2072, "供应商不能开启", List.of("A02010104")).statusCode(403);
        given().when().post("/api/v1/catalog-rounds/1/close").then().statusCode(403);
        given().when().get("/api/v1/catalog-rounds/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer-crt-year", roles = "officer")
    void severalRoundsOfOneYearAreListedTogether() {
        open(2074, "2074年度第一批", List.of("A02010104")).statusCode(201);
        open(2074, "2074年度第二批", List.of("A02010103")).statusCode(201);

        given().when()
                .get("/api/v1/catalog-rounds?year=2074")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("name", hasItem("2074年度第二批"));
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/catalog-rounds")
                .then()
                .statusCode(401);
    }
}
