package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.web.Browser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on the one-office set-up — embedded MariaDB, a real Keycloak with the production realm —
 * driven with real tokens from Keycloak's password grant.
 */
class KeycloakEndToEndIT {
    private static final String PASSWORD = "Correct-Horse-Battery-9";
    private static KeycloakServer keycloak;
    private static PackagedService service;

    private static final Path DATA_DIR = Path.of("target/keycloak-e2e/mariadb");

    @BeforeAll
    static void start() throws Exception {
        PackagedService.deleteRecursively(DATA_DIR);
        int port = PackagedService.freePort();
        keycloak = KeycloakServer.start("http://127.0.0.1:" + port);
        keycloak.addTestUsers();
        service = PackagedService.start(environment(DATA_DIR, port));
    }

    /** A replica's environment: every replica shares the realm, the client and the session cookie's secret. */
    private static Map<String, String> environment(Path dataDir, int port) {
        return Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR",
                dataDir.toString(),
                "QUARKUS_OIDC_AUTH_SERVER_URL",
                keycloak.realmUrl(),
                "QUARKUS_OIDC_CLIENT_ID",
                "tax-procurement",
                "QUARKUS_OIDC_CREDENTIALS_SECRET",
                KeycloakServer.CLIENT_SECRET,
                "QUARKUS_OIDC_PAGES_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                "e2e-session-secret-0123456789abcdefghij",
                "QUARKUS_HTTP_PORT",
                String.valueOf(port),
                // A single-source tender's waiting period in seconds, so that its award can be tried here.
                "PROCUREMENT_WAITING_PERIOD_SINGLE_SOURCE",
                "PT2S");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void anOfficerSignsInToThePagesAtKeycloakAndOutAgain() throws Exception {
        try (Browser browser = Browser.open(new URL("http://127.0.0.1:" + service.port + "/"))) {
            browser.go("/officer/projects");
            browser.type("#username", "e2e-officer").type("#password", PASSWORD).click("#kc-login");
            browser.shows("h1", "采购项目");
            assertThat(browser.page()).contains("e2e-officer");
            browser.screenshot("officer-signed-in-through-keycloak");
            browser.go("/vendor/company").shows("h1", "无权访问");
            browser.signOut();
            browser.go("/officer/projects");
            browser.find("#username");
        }
    }

    /** Sessions live in the encrypted cookie, not in a replica: the next request may reach any of them. */
    @Test
    void aPageSessionStartedAtOneReplicaIsKeptByAnother() throws Exception {
        Path replicaData = Path.of("target/keycloak-e2e/replica-mariadb");
        PackagedService.deleteRecursively(replicaData);
        try (PackagedService replica = PackagedService.start(environment(replicaData, PackagedService.freePort()));
                Browser browser = Browser.open(new URL("http://127.0.0.1:" + service.port + "/"))) {
            browser.go("/officer/projects");
            browser.type("#username", "e2e-officer-2")
                    .type("#password", PASSWORD)
                    .click("#kc-login");
            browser.shows("h1", "采购项目");
            browser.go(new URL("http://127.0.0.1:" + replica.port + "/officer/projects"));
            browser.shows("h1", "采购项目");
            assertThat(browser.page()).contains("e2e-officer-2").doesNotContain("kc-login");
        }
    }

    @Test
    void anOfficerWritesAndAManagerReadsWithRealmRolesFromKeycloak() {
        withToken(keycloak.token("e2e-officer", PASSWORD))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "A02010197", "name", "端到端测试品目", "parentCode", "A020101"))
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        withToken(keycloak.token("e2e-manager", PASSWORD))
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .body("code", hasItem("A02010197"));
    }

    @Test
    void aVendorIsBoundToTheCompanyItRegisteredAndNoOtherVendorSeesIt() {
        withToken(keycloak.token("e2e-vendor", PASSWORD))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "uscc", "91110000710926094P",
                        "name", "北京端到端科技有限公司",
                        "contactName", "张三",
                        "contactPhone", "010-12345678",
                        "email", "sales@e2e.example.cn"))
                .post("/api/v1/vendors/me")
                .then()
                .statusCode(201);
        withToken(keycloak.token("e2e-vendor", PASSWORD))
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("北京端到端科技有限公司"));
        withToken(keycloak.token("e2e-vendor-2", PASSWORD))
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(404);
    }

    @Test
    void aVendorCannotDoAnOfficersWork() {
        withToken(keycloak.token("e2e-vendor", PASSWORD))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "A02010196", "name", "越权品目"))
                .post("/api/v1/categories")
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenOfAnotherRealmIsRefusedWith401() {
        withToken(keycloak.adminToken()).get("/api/v1/categories").then().statusCode(401);
    }

    /** Every client of the realm gets tokens from it; only those issued for the service (its audience) are accepted. */
    @Test
    void aTokenFromAnotherClientOfTheRealmIsRefusedWith401() {
        withToken(keycloak.token("e2e-other-client", "e2e-manager", PASSWORD))
                .get("/api/v1/categories")
                .then()
                .statusCode(401);
        withToken(keycloak.token("e2e-manager", PASSWORD))
                .get("/api/v1/categories")
                .then()
                .statusCode(200);
    }

    @Test
    void theRealmsClientsTakeNoPasswordsAndGiveNoOfflineTokens() {
        for (String client : new String[] {"procurement-cli", "tax-procurement"}) {
            keycloak.passwordGrant(client, "e2e-manager", PASSWORD)
                    .then()
                    .statusCode(anyOf(equalTo(400), equalTo(401)))
                    .body("error", anyOf(equalTo("unauthorized_client"), equalTo("invalid_client")));
            String id = keycloak.admin()
                    .queryParam("clientId", client)
                    .get("/clients")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].id");
            for (String scopes : new String[] {"default-client-scopes", "optional-client-scopes"}) {
                keycloak.admin()
                        .get("/clients/" + id + "/" + scopes)
                        .then()
                        .statusCode(200)
                        .body("name", not(hasItem("offline_access")));
            }
        }
    }

    @Test
    void aFailedSignInIsRecordedByKeycloakAsALoginError() {
        keycloak.passwordGrant(KeycloakServer.TEST_CLIENT, "e2e-intruder", "guessed-password")
                .then()
                .statusCode(401);
        keycloak.admin()
                .queryParam("type", "LOGIN_ERROR")
                .queryParam("client", KeycloakServer.TEST_CLIENT)
                .get("/events")
                .then()
                .statusCode(200)
                .body("type", hasItem("LOGIN_ERROR"));
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedWith401() {
        String token = keycloak.token("e2e-officer", PASSWORD);
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        withToken(forged).get("/api/v1/categories").then().statusCode(401);
    }

    @Test
    void aTokenIssuedUnderAnotherHostNameIsRefusedWith401() {
        String token = keycloak.tokenIssuedAs("localhost", "e2e-officer", PASSWORD);
        withToken(token).get("/api/v1/categories").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() throws InterruptedException {
        String token = keycloak.token("e2e-short-lived", "e2e-manager", PASSWORD);
        withToken(token).get("/api/v1/categories").then().statusCode(200);
        // The short-lived client's tokens live ten seconds; the service allows no grace beyond their expiry.
        Thread.sleep(12_000);
        withToken(token).get("/api/v1/categories").then().statusCode(401);
    }

    @Test
    void anAuditorReadsTheTrailThatNoOtherRoleMayRead() {
        withToken(keycloak.token("e2e-auditor", PASSWORD))
                .get("/api/v1/audit-events/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
        withToken(keycloak.token("e2e-manager", PASSWORD))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403);
    }

    @Test
    void theOfficerWhoCreatedAProjectCannotAwardItButASecondOfficerCan() throws InterruptedException {
        String vendor = keycloak.token("e2e-vendor-2", PASSWORD);
        withToken(vendor)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "uscc", "91110108MA01XKQ72C",
                        "name", "上海端到端信息有限公司",
                        "contactName", "李四",
                        "contactPhone", "021-12345678",
                        "email", "sales@e2e2.example.cn"))
                .post("/api/v1/vendors/me")
                .then()
                .statusCode(201);
        long vendorId = withToken(vendor)
                .get("/api/v1/vendors/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        String officer = keycloak.token("e2e-officer", PASSWORD);
        String secondOfficer = keycloak.token("e2e-officer-2", PASSWORD);
        withToken(secondOfficer)
                .post("/api/v1/vendors/" + vendorId + "/approve")
                .then()
                .statusCode(200);
        long projectId = withToken(officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title", "2065年台式计算机采购",
                        "year", 2065,
                        "categoryCode", "A02010104",
                        "method", "SINGLE_SOURCE",
                        "budgetAmount", "500000.00",
                        "invitedVendorIds", List.of(vendorId)))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Instant deadline = Instant.now().plusSeconds(5);
        withToken(officer)
                .contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", deadline.toString()))
                .post("/api/v1/projects/" + projectId + "/publish")
                .then()
                .statusCode(200);
        long bidId = withToken(vendor)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "480000.00"))
                .post("/api/v1/projects/" + projectId + "/bids")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        // The bids stay sealed until the deadline, a rule of time: the test waits for it, then asks for the opening
        // until the service allows it (its clock may lag the test's by a little).
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()));
        Instant giveUp = deadline.plusSeconds(60);
        while (withToken(secondOfficer)
                        .post("/api/v1/projects/" + projectId + "/open-bids")
                        .statusCode()
                == 409) {
            assertThat(Instant.now())
                    .as("the bids of project %d were never opened", projectId)
                    .isBefore(giveUp);
        }
        Map<String, Object> award = Map.of("bidId", bidId);
        withToken(officer)
                .contentType(ContentType.JSON)
                .body(award)
                .post("/api/v1/projects/" + projectId + "/award")
                .then()
                .statusCode(409)
                .body("code", equalTo("CREATOR_CANNOT_AWARD"));
        withToken(secondOfficer)
                .contentType(ContentType.JSON)
                .body(award)
                .post("/api/v1/projects/" + projectId + "/award")
                .then()
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedAmount", equalTo(480000.0f));
    }

    /** A request to the service with this bearer token. */
    private static RequestSpecification withToken(String token) {
        return given().port(service.port).auth().oauth2(token);
    }
}
