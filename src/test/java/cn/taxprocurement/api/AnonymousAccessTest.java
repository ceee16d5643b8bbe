package cn.taxprocurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnonymousAccessTest {

    @Test
    void homePageNamesTheService() {
        given().when().get("/").then().statusCode(200).body(containsString("税务采购网"));
    }

    @Test
    void auditTrailRefusesAnAnonymousCallerWith401() {
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(401);
    }

    @Test
    void readinessIsUpWhenTheDatabaseAnswers() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
