package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as production runs it: started with Quarkus's own environment variables against Debian's MariaDB
 * server (which Connector/J reports as MySQL 5.5.5), it migrates the empty database and serves the API to a signed
 * token, with nothing embedded.
 */
class ProductionSmokeIT {
    private static final SigningKey KEY = new SigningKey();
    private static DebianMariaDb database;
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        database = DebianMariaDb.start();
        service = PackagedService.start(database.serviceEnvironment(KEY));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void withoutAnAuditSigningKeyOfAtLeast32CharactersTheServiceRefusesToStartAndNamesIt() {
        Map<String, String> environment = database.serviceEnvironment(KEY);
        environment.remove(DebianMariaDb.AUDIT_SIGNING_KEY);
        assertThatThrownBy(() -> PackagedService.start(environment))
                .hasMessageContaining("the service exited")
                .hasMessageContaining(DebianMariaDb.AUDIT_SIGNING_KEY);
        environment.put(DebianMariaDb.AUDIT_SIGNING_KEY, "too-short-a-key");
        assertThatThrownBy(() -> PackagedService.start(environment))
                .hasMessageContaining("the service exited")
                .hasMessageContaining(DebianMariaDb.AUDIT_SIGNING_KEY);
    }

    @Test
    void aCategoryCreatedWithASignedTokenIsReadBack() {
        given().port(service.port)
                .auth()
                .oauth2(KEY.token("officer-prod", "officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "A02010199", "name", "其他计算机设备", "parentCode", "A020101"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .body("code", equalTo("A02010199"));

        given().port(service.port)
                .auth()
                .oauth2(KEY.token("manager-prod", "manager"))
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("code", hasItem("A02010199"));
    }

    /** Connector/J takes the server for MySQL 5.5.5 and would drop the microseconds of the times the hashes cover. */
    @Test
    void theAuditTrailOfAChangeVerifies() {
        given().port(service.port)
                .auth()
                .oauth2(KEY.token("officer-prod-audit", "officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "A02010198", "name", "其他信息设备", "parentCode", "A020101"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201);

        given().port(service.port)
                .auth()
                .oauth2(KEY.token("auditor-prod", "auditor"))
                .when()
                .get("/api/v1/audit-events/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("checked", greaterThan(0));
    }

    @Test
    void nothingIsEmbeddedWhenTheDatabaseIsGiven() throws Exception {
        assertThat(service.runsAnEmbeddedDatabase()).isFalse();
        assertThat(service.logText())
                .contains("Database: " + database.jdbcUrl())
                .contains("Migrating schema");
    }

    @Test
    void aRequestWithoutATokenIsRefusedWith401() {
        given().port(service.port)
                .redirects()
                .follow(false)
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWith401() {
        given().port(service.port)
                .auth()
                .oauth2(new SigningKey().token("intruder", "officer"))
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(401);
    }
}
