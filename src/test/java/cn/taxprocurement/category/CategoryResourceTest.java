package cn.taxprocurement.category;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    @Test
    @TestSecurity(user = "vendor-cat", roles = "vendor")
    void everySignedInUserReadsTheCategoriesSortedByCode() {
        List<String> codes = given().when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("find { it.code == 'A02010104' }.name", equalTo("台式计算机"))
                .body("find { it.code == 'A02010104' }.parentCode", equalTo("A020101"))
                .extract()
                .path("code");
        assertSorted(codes);
    }

    @Test
    @TestSecurity(user = "auditor-cat", roles = "auditor")
    void auditorsReadTheCategoriesToo() {
        given().when().get("/api/v1/categories").then().statusCode(200);
    }

    @Test
    void anAnonymousCallerGets401() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer-cat", roles = "officer")
    void anOfficerAddsACategoryUnderAnExistingParent() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "A0201080199", "name", "操作系统", "parentCode", "A02010801"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .body("code", equalTo("A0201080199"))
                .body("parentCode", equalTo("A02010801"));
        given().when().get("/api/v1/categories").then().statusCode(200).body("code", hasItem("A0201080199"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "A0201080199", "name", "操作系统"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer-cat", roles = "officer")
    void aCodeNotLikeTheItemCatalogIsRefusedOnTheCode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "X123", "name", "错误"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    @TestSecurity(user = "officer-cat", roles = "officer")
    void anUnknownParentIsRefusedOnTheParentCode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "C9901", "name", "服务", "parentCode", "C99"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    @TestSecurity(user = "manager-cat", roles = "manager")
    void aManagerCannotAddACategory() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "C9902", "name", "服务"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(403);
    }

    private static void assertSorted(List<String> codes) {
        assertThat(codes).isSorted();
    }
}
