package cn.taxprocurement.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No endpoint is open by accident: every /api/v1 route of the OpenAPI document refuses an anonymous caller, except the
 * public ones (/api/v1/public/...).
 */
@QuarkusTest
class EveryRouteNeedsATokenTest {

    @Test
    void everyApiRouteAnswers401WithoutAToken() {
        JsonPath openApi = given().accept(ContentType.JSON)
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            // Public calls need no token by contract; the access matrix checks them.
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/public/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : path.getValue().keySet()) {
                int status = given().redirects()
                        .follow(false)
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .when()
                        .request(method.toUpperCase(), concrete)
                        .then()
                        .extract()
                        .statusCode();
                if (status != 401) {
                    open.add(method.toUpperCase() + " " + path.getKey() + " → " + status);
                }
                checked++;
            }
        }
        assertThat(paths).containsKey("/api/v1/audit-events");
        assertThat(checked).isGreaterThan(1);
        assertThat(open).isEmpty();
    }
}
