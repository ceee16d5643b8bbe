package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak 26 (the distribution from Maven Central, unpacked into target/ by the build) on loopback, with the
 * production realm of {@code k8s/keycloak/} imported and test users added through the admin API.
 */
final class KeycloakServer implements AutoCloseable {
    static final String REALM = "procurement";
    static final String CLIENT_SECRET = "e2e-client-secret-not-for-production";
    private static final Path DIST = Path.of("target/keycloak/keycloak-26.5.6");
    private static final Path REALM_FILE = Path.of("../k8s/keycloak/procurement-realm.json");
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

    /** Adds a fully set-up user with one realm role; answers the user's id (the tokens' subject). */
    String addUser(String username, String password, String role) {
        String admin = adminToken();
        String location = keycloak()
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "email",
                        username + "@tax-procurement.test",
                        "firstName",
                        username,
                        "lastName",
                        "测试",
                        "emailVerified",
                        true,
                        "enabled",
                        true,
                        "credentials",
                        List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/" + REALM + "/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> roleRepresentation = keycloak()
                .auth()
                .oauth2(admin)
                .get("/admin/realms/" + REALM + "/roles/" + role)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        keycloak()
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(roleRepresentation))
                .post("/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        return id;
    }

    /** An access token from the password grant of the public scripts client. */
    String token(String username, String password) {
        return keycloak()
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "procurement-cli",
                        "username",
                        username,
                        "password",
                        password))
                .post("/realms/" + REALM + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
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
