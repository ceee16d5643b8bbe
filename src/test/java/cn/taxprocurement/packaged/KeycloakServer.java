package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak 26 (the distribution from Maven Central, unpacked into target/ by the build) on loopback, with the
 * production realm of {@code k8s/keycloak/} imported and the test users of {@code procurement-test-users.json} added.
 */
final class KeycloakServer implements AutoCloseable {
    static final String REALM = "procurement";
    static final String CLIENT_SECRET = "e2e-client-secret-not-for-production";
    private static final Path DIST = Path.of("target/keycloak/keycloak-26.5.6");
    private static final Path REALM_FILE = Path.of("../k8s/keycloak/procurement-realm.json");
    private static final Path TEST_USERS = Path.of("test/resources/keycloak/procurement-test-users.json");
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "e2e-admin-password";

    final int port;
    private final Process process;

    private KeycloakServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts Keycloak with the realm's client accepting sign-ins back to {@code serviceUrl}. */
    static KeycloakServer start(String serviceUrl) throws IOException, InterruptedException {
        if (!Files.isDirectory(DIST)) {
            throw new IllegalStateException(
                    DIST.toAbsolutePath() + " is missing: the pre-integration-test phase unpacks it");
        }
        // A fresh realm every run: --import-realm skips a realm that already exists.
        PackagedService.deleteRecursively(DIST.resolve("data/h2"));
        Path imports = Files.createDirectories(DIST.resolve("data/import"));
        Files.copy(REALM_FILE, imports.resolve("procurement-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = PackagedService.freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        DIST.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--http-host=127.0.0.1",
                        "--hostname-strict=false",
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(DIST.resolve("keycloak.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "TAX_PROCUREMENT_CLIENT_SECRET", CLIENT_SECRET,
                        "TAX_PROCUREMENT_URL", serviceUrl,
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m",
                        "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"));
        KeycloakServer server = new KeycloakServer(port, builder.start());
        server.awaitRealm();
        return server;
    }

    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /**
     * Adds the test users (one or two per role, fully set up) and a client whose tokens expire within ten seconds, from
     * the test realm file, in one partial import.
     */
    void addTestUsers() throws IOException {
        keycloak()
                .auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(Files.readString(TEST_USERS))
                .post("/admin/realms/" + REALM + "/partialImport")
                .then()
                .statusCode(200);
    }

    /** The test users' own public client with the password grant; the production realm's clients have none. */
    static final String TEST_CLIENT = "e2e-scripts";

    /** An access token from the password grant of the test client, issued for the service. */
    String token(String username, String password) {
        return token(TEST_CLIENT, username, password);
    }

    /** An access token from the password grant of a public client, asked of Keycloak by the service's host name. */
    String token(String client, String username, String password) {
        return token(keycloak(), client, username, password);
    }

    /** The same, asked by another host name: Keycloak names that host as the token's issuer. */
    String tokenIssuedAs(String host, String username, String password) {
        return token(given().baseUri("http://" + host).port(port), TEST_CLIENT, username, password);
    }

    private static String token(RequestSpecification keycloak, String client, String username, String password) {
        return passwordGrant(keycloak, client, username, password)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Keycloak's answer to a password grant through {@code client}, whatever it is. */
    Response passwordGrant(String client, String username, String password) {
        return passwordGrant(keycloak(), client, username, password);
    }

    private static Response passwordGrant(
            RequestSpecification keycloak, String client, String username, String password) {
        return keycloak.formParams(Map.of(
                        "grant_type", "password", "client_id", client, "username", username, "password", password))
                .post("/realms/" + REALM + "/protocol/openid-connect/token");
    }

    /** A request to Keycloak's admin API of the procurement realm, as the master realm's administrator. */
    RequestSpecification admin() {
        return keycloak().auth().oauth2(adminToken()).basePath("/admin/realms/" + REALM);
    }

    /** An admin token of the master realm: a valid Keycloak token, but of another realm. */
    String adminToken() {
        return keycloak()
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        ADMIN,
                        "password",
                        ADMIN_PASSWORD))
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Requests to Keycloak by the one host name the service knows it by: tokens carry it as their issuer. */
    private RequestSpecification keycloak() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitRealm() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + Files.readString(DIST.resolve("keycloak.log")));
            }
            try {
                if (client.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within 240 s");
    }
}
