package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;

import cn.taxprocurement.catalog.CatalogFixtures;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service as the benchmarks run it: at -Xmx256m on a new embedded database in {@code target/<name>/},
 * trusting the bearer tokens this class signs, and logging its collections so that its peak heap can be read.
 */
final class BenchmarkService implements AutoCloseable {
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    final PackagedService service;
    final Path dataDir;
    private final SigningKey key;
    private final Path gcLog;

    private BenchmarkService(PackagedService service, Path dataDir, SigningKey key, Path gcLog) {
        this.service = service;
        this.dataDir = dataDir;
        this.key = key;
        this.gcLog = gcLog;
    }

    /** Starts the service on a new, empty database in {@code target/<name>/}. */
    static BenchmarkService start(String name) throws IOException, InterruptedException {
        return start(name, Map.of());
    }

    /** As {@link #start(String)}, with these environment variables besides. */
    static BenchmarkService start(String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path folder = Path.of("target", name);
        Path dataDir = folder.resolve("mariadb");
        Path gcLog = folder.resolve("gc.log");
        PackagedService.deleteRecursively(dataDir);
        Files.createDirectories(folder);
        Files.deleteIfExists(gcLog);
        SigningKey key = new SigningKey();
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR",
                dataDir.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY",
                key.publicKey(),
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED",
                "false"));
        PackagedService service = PackagedService.start(variables, List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()));
        return new BenchmarkService(service, dataDir, key, gcLog);
    }

    /** A request to the service as {@code subject} in {@code role}. */
    RequestSpecification as(String subject, String role) {
        return given().port(service.port).auth().oauth2(token(subject, role));
    }

    /** A bearer token for {@code subject} in {@code role}, valid for five minutes. */
    String token(String subject, String role) {
        return key.token(subject, role);
    }

    /** Opens a catalog round of {@code year} over these categories; its id. */
    long openRound(int year, List<String> categoryCodes) {
        return as("bench-officer", "officer")
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "name", year + "年度入围采购", "categoryCodes", categoryCodes))
                .post("/api/v1/catalog-rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Registers the company of {@code subject} and has an officer approve it; the company's id. */
    long activeVendor(String subject, String name) {
        long vendorId = as(subject, "vendor")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "uscc", CatalogFixtures.newUscc(),
                        "name", name,
                        "contactName", "钱七",
                        "contactPhone", "010-68881234",
                        "email", "bench@example.cn"))
                .post("/api/v1/vendors/me")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as("bench-officer", "officer")
                .post("/api/v1/vendors/" + vendorId + "/approve")
                .then()
                .statusCode(200);
        return vendorId;
    }

    /** Uploads a catalog for the company of {@code subject} into the round; the import's id, once it is queued. */
    long upload(String subject, long roundId, byte[] catalog) {
        return as(subject, "vendor")
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart(
                        "file",
                        "catalog.xlsx",
                        catalog,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/api/v1/catalog-imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /**
     * A connection to the embedded database as the schema's owner, whose password the embedded default keeps beside
     * its data folder: for what a benchmark sets up in bulk, not through the API.
     */
    Connection asOwner() throws IOException, SQLException {
        Matcher url =
                Pattern.compile("jdbc:mysql://127\\.0\\.0\\.1:\\d+/procurement").matcher(service.logText());
        if (!url.find()) {
            throw new IllegalStateException("the service did not log its embedded database's address");
        }
        String password = Files.readString(dataDir.resolveSibling("embedded-db-owner.password"))
                .strip();
        return DriverManager.getConnection(url.group(), "procurement_owner", password);
    }

    /** Where the service's collections are logged so far: {@link #peakHeapMegabytes(long)} reads what comes after. */
    long gcLogMark() throws IOException {
        return Files.size(gcLog);
    }

    /**
     * The most heap the service used since the mark, from its GC log: the largest heap before a collection; 0 when it
     * has not collected since.
     */
    long peakHeapMegabytes(long mark) throws IOException {
        String logged = Files.readString(gcLog);
        Matcher collection = COLLECTION.matcher(logged.substring((int) Math.min(mark, logged.length())));
        long peak = 0;
        while (collection.find()) {
            peak = Math.max(peak, Long.parseLong(collection.group(1)));
        }
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
    }
}
