package cn.taxprocurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document explains every operation and the errors it answers, as problem+json. */
@QuarkusTest
class OpenApiDocumentTest {
    private JsonPath document;

    @BeforeEach
    void read() {
        document = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyOperationHasASummaryAndATag() {
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> bare = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Object summary = operation.getValue().get("summary");
                Object tags = operation.getValue().get("tags");
                // Without @Operation the summary is the Java method's name in capitalised words ("List", "Open Bids"),
                // and the tag the class's ("Project Resource"); ours are sentences ("Open the bids").
                if (summary == null
                        || !String.valueOf(summary).matches(".* [a-z].*")
                        || tags == null
                        || String.valueOf(tags).contains("Resource")) {
                    bare.add(operation.getKey().toUpperCase() + " " + path.getKey() + ": " + summary + " " + tags);
                }
            }
        }
        assertThat(paths).hasSizeGreaterThan(40);
        assertThat(bare).isEmpty();
    }

    @Test
    void anAwardDocumentsItsConflictAsAProblem() {
        Map<String, Object> conflict = document.getMap("paths.'/api/v1/projects/{id}/award'.post.responses.'409'");
        assertThat(conflict.get("description").toString()).contains("creators");
        assertThat(
                        document.getString(
                                "paths.'/api/v1/projects/{id}/award'.post.responses.'409'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("type", "status", "errors");
    }

    @Test
    void aCatalogUploadDocumentsARefusedWorkbookAndTooManyImports() {
        Map<String, Object> responses = document.getMap("paths.'/api/v1/catalog-imports'.post.responses");
        assertThat(responses).containsKeys("202", "413", "415", "422", "429");
        assertThat(document.getMap("paths.'/api/v1/catalog-imports'.post.responses.'429'.content"))
                .containsKey(Problem.MEDIA_TYPE);
    }

    @Test
    void swaggerUiDiscoversTheSignInThroughTheServicesOwnAddress() {
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertThat(schemes.toString())
                .contains("openIdConnect")
                .contains("/q/dev-oidc/.well-known/openid-configuration");
        String tokenEndpoint = given().get("/q/dev-oidc/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .extract()
                .path("token_endpoint");
        assertThat(tokenEndpoint).endsWith("/q/dev-oidc/token");
        given().formParams(Map.of(
                        "grant_type", "password",
                        "client_id", "tax-procurement",
                        "username", "officer",
                        "password", "officer"))
                .post("/q/dev-oidc/token")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }
}
