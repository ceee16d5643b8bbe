package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three packaged service instances on one external database, as replicas behind a Kubernetes Service, each with the
 * service's own database account (its grants from {@code k8s/database/grants.sql}): a catalog
 * import is processed exactly once whichever replica took the upload, what one replica stored another serves, a
 * replica that dies mid-import leaves its import to exactly one other once its claim goes stale, and a replica
 * stopped mid-import hands it back at once.
 */
class MultiReplicaIT {
    private static final SigningKey KEY = new SigningKey();
    private static final String VENDOR = "replica-vendor";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Short, so that a dead replica's import is taken over within the test; chunks are small, so imports last. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(15);

    private static DebianMariaDb database;
    private static final List<PackagedService> replicas = new CopyOnWriteArrayList<>();
    private static long roundId;

    @BeforeAll
    static void start() throws Exception {
        database = DebianMariaDb.start();
        ServiceAccount.create(database, KEY);
        // The replicas start together, as a rollout starts pods.
        List<CompletableFuture<PackagedService>> starting = List.of(
                CompletableFuture.supplyAsync(MultiReplicaIT::startReplicaUnchecked),
                CompletableFuture.supplyAsync(MultiReplicaIT::startReplicaUnchecked),
                CompletableFuture.supplyAsync(MultiReplicaIT::startReplicaUnchecked));
        starting.forEach(replica -> replicas.add(replica.join()));
        for (PackagedService replica : replicas) {
            System.out.printf(
                    "multi-replica: replica on port %d started, RSS %d MB%n",
                    replica.port, replica.residentMegabytes());
        }
        PackagedService any = replicas.get(0);
        long vendorId = ((Number) given().port(any.port)
                        .auth()
                        .oauth2(KEY.token(VENDOR, "vendor"))
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "uscc", "91110000710926094P",
                                "name", "多副本测试科技有限公司",
                                "contactName", "李四",
                                "contactPhone", "010-87654321",
                                "email", "sales@replicas.example.cn"))
                        .post("/api/v1/vendors/me")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        given().port(replicas.get(1).port)
                .auth()
                .oauth2(KEY.token("replica-officer", "officer"))
                .post("/api/v1/vendors/" + vendorId + "/approve")
                .then()
                .statusCode(200);
        roundId = ((Number) given().port(replicas.get(2).port)
                        .auth()
                        .oauth2(KEY.token("replica-officer", "officer"))
                        .contentType(ContentType.JSON)
                        .body(Map.of("year", 2026, "name", "2026年多副本入围采购", "categoryCodes", List.of("A02010104")))
                        .post("/api/v1/catalog-rounds")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedService replica : replicas) {
            replica.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void importsQueuedOnOneReplicaAreProcessedExactlyOnceAcrossAll() throws Exception {
        PackagedService receiving = replicas.get(0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (i >= 3) {
                // A vendor has at most three imports under way: the next upload waits for the oldest to finish.
                awaitFinished(ids.get(i - 3), Duration.ofMinutes(3));
            }
            ids.add(upload(receiving, catalog("ONCE" + i, 400, 0)));
        }
        for (long id : ids) {
            JsonPath done = awaitFinished(id, Duration.ofMinutes(3));
            assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
            assertThat(done.getInt("acceptedRows")).isEqualTo(400);
            assertThat(listingsOf(id)).isEqualTo(400);
            assertThat(attemptsOf(id)).as("claims of import %d", id).isEqualTo(1);
            assertThat(auditEvents("CATALOG_IMPORT_SUCCEEDED", id)).isEqualTo(1);
        }
        assertThat(duplicateListings()).isZero();
        long working = replicas.stream()
                .filter(replica ->
                        ids.stream().anyMatch(id -> logOf(replica).contains("catalog import " + id + " claimed by")))
                .count();
        System.out.printf("multi-replica: 6 imports were processed by %d replicas%n", working);
        assertThat(working).as("replicas that processed some of the imports").isGreaterThanOrEqualTo(2);
        for (PackagedService replica : replicas) {
            System.out.printf(
                    "multi-replica: replica on port %d after 6 imports of 400 rows, RSS %d MB%n",
                    replica.port, replica.residentMegabytes());
        }
    }

    @Test
    void aListingIsFoundAtOnceOnTheReplicaThatWroteItAndWithinASecondOnEveryOther() throws Exception {
        long id = ((Number) given().port(replicas.get(0).port)
                        .auth()
                        .oauth2(KEY.token(VENDOR, "vendor"))
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "roundId", roundId,
                                "categoryCode", "A02010104",
                                "brand", "多副本",
                                "model", "检索XR-77",
                                "specs", "i7/32GB",
                                "unitPrice", "5100.00"))
                        .post("/api/v1/vendors/me/products")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        assertThat(found(replicas.get(0), "/api/v1/products", "检索XR77")).containsExactly(id);
        PackagedService approving = replicas.get(1);
        given().port(approving.port)
                .auth()
                .oauth2(KEY.token("replica-officer", "officer"))
                .post("/api/v1/products/" + id + "/approve")
                .then()
                .statusCode(200);
        assertThat(found(approving, "/api/v1/catalog", "XR-77")).containsExactly(id);
        for (PackagedService other : List.of(replicas.get(0), replicas.get(2))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            List<Long> seen;
            do {
                seen = found(other, "/api/v1/catalog", "XR-77");
            } while (seen.isEmpty() && System.nanoTime() < deadline);
            assertThat(seen)
                    .as("the catalog of the replica on port %d", other.port)
                    .containsExactly(id);
        }
    }

    private static List<Long> found(PackagedService replica, String path, String text) {
        List<Number> ids = given().port(replica.port)
                .auth()
                .oauth2(KEY.token("replica-officer", "officer"))
                .queryParam("q", text)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void anUploadTakenByOneReplicaIsServedByAnother() throws Exception {
        long id = upload(replicas.get(0), catalog("SERVED", 20, 5));
        JsonPath done = awaitFinished(id, Duration.ofMinutes(2));
        assertThat(done.getInt("rejectedRows")).isEqualTo(5);
        for (PackagedService other : replicas.subList(1, replicas.size())) {
            given().port(other.port)
                    .auth()
                    .oauth2(KEY.token(VENDOR, "vendor"))
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byte[] errors = given().port(other.port)
                    .auth()
                    .oauth2(KEY.token(VENDOR, "vendor"))
                    .get("/api/v1/catalog-imports/" + id + "/errors.xlsx")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(errors))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum())
                        .as("rejected rows under the header")
                        .isEqualTo(5);
            }
        }
    }

    @Test
    void aReplicaKilledMidImportLeavesItToExactlyOneOtherOnceItsClaimIsStale() throws Exception {
        long id = upload(replicas.get(0), catalog("KILLED", 6000, 0));
        PackagedService holder = awaitHolderWithProgress(id);
        long killedAt = System.nanoTime();
        holder.kill();
        replicas.remove(holder);
        JsonPath done = awaitFinished(id, Duration.ofMinutes(4));
        System.out.printf(
                "multi-replica: import taken over and finished %.1f s after its replica was killed%n",
                (System.nanoTime() - killedAt) / 1e9);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(listingsOf(id)).isEqualTo(6000);
        assertThat(duplicateListings()).isZero();
        assertThat(attemptsOf(id))
                .as("the dead replica's claim and one take-over")
                .isEqualTo(2);
        long takeOvers = replicas.stream()
                .filter(replica -> logOf(replica).contains("catalog import " + id + " claimed by"))
                .count();
        assertThat(takeOvers).isEqualTo(1);
        replicas.add(startReplica());
    }

    @Test
    void aReplicaStoppedMidImportHandsItBackAndAnotherFinishesIt() throws Exception {
        long id = upload(replicas.get(1), catalog("STOPPED", 6000, 0));
        PackagedService holder = awaitHolderWithProgress(id);
        System.out.printf(
                "multi-replica: replica on port %d importing 6,000 rows, RSS %d MB%n",
                holder.port, holder.residentMegabytes());
        long stoppedAt = System.nanoTime();
        holder.close();
        replicas.remove(holder);
        assertThat(logOf(holder)).contains("catalog import " + id + " handed back to the queue");
        JsonPath done = awaitFinished(id, Duration.ofMinutes(4));
        Duration took = Duration.ofNanos(System.nanoTime() - stoppedAt);
        System.out.printf(
                "multi-replica: import handed back and finished %.1f s after SIGTERM%n", took.toMillis() / 1e3);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(listingsOf(id)).isEqualTo(6000);
        assertThat(duplicateListings()).isZero();
        assertThat(attemptsOf(id)).as("a handed-back attempt does not count").isEqualTo(1);
        replicas.add(startReplica());
    }

    /** Waits until some replica has claimed the import and committed a chunk of it; answers that replica. */
    private static PackagedService awaitHolderWithProgress(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (committedProducts(id) > 0) {
                for (PackagedService replica : replicas) {
                    if (logOf(replica).contains("catalog import " + id + " claimed by")) {
                        return replica;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no replica made progress on import " + id);
    }

    private static long upload(PackagedService replica, Path catalog) {
        return ((Number) given().port(replica.port)
                        .config(RestAssuredConfig.config()
                                .multiPartConfig(
                                        MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                        .auth()
                        .oauth2(KEY.token(VENDOR, "vendor"))
                        .multiPart("roundId", String.valueOf(roundId))
                        .multiPart("file", catalog.toFile(), XLSX)
                        .post("/api/v1/catalog-imports")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("id"))
                .longValue();
    }

    /** Polls the import on every replica in turn until it has finished. */
    private static JsonPath awaitFinished(long id, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int poll = 0;
        while (System.nanoTime() < deadline) {
            PackagedService replica = replicas.get(poll++ % replicas.size());
            JsonPath body = given().port(replica.port)
                    .auth()
                    .oauth2(KEY.token(VENDOR, "vendor"))
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (body.getString("status").equals("SUCCEEDED")
                    || body.getString("status").equals("FAILED")) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish within " + within);
    }

    /** A catalog of {@code valid} desktops with models unique to {@code prefix}, then {@code invalid} priceless rows. */
    private static Path catalog(String prefix, int valid, int invalid) throws IOException {
        Path file = Files.createTempFile("replica-catalog-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("产品目录");
            Row header = sheet.createRow(0);
            String[] columns = {"品目编码", "品牌", "型号", "规格参数", "单价(元)"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (int i = 1; i <= valid + invalid; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("A02010104");
                row.createCell(1).setCellValue("副本牌");
                row.createCell(2).setCellValue(prefix + "-" + i);
                row.createCell(3).setCellValue("Intel Core i5/16GB/512GB SSD");
                if (i <= valid) {
                    row.createCell(4).setCellValue(4000 + i % 1000);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    private static long listingsOf(long importId) throws SQLException {
        return count("SELECT COUNT(*) FROM product WHERE catalog_import_id = ?", importId);
    }

    private static long attemptsOf(long importId) throws SQLException {
        return count("SELECT attempts FROM catalog_import WHERE id = ?", importId);
    }

    private static long committedProducts(long importId) throws SQLException {
        return count("SELECT committed_products FROM catalog_import WHERE id = ?", importId);
    }

    private static long auditEvents(String action, long importId) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_id = ?")) {
            select.setString(1, action);
            select.setString(2, String.valueOf(importId));
            return single(select);
        }
    }

    private static long duplicateListings() throws SQLException {
        return count(
                "SELECT COUNT(*) FROM (SELECT brand, model FROM product WHERE round_id = ?"
                        + " GROUP BY vendor_id, brand, model HAVING COUNT(*) > 1) duplicates",
                roundId);
    }

    private static long count(String query, long parameter) throws SQLException {
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setLong(1, parameter);
            return single(select);
        }
    }

    private static long single(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), DebianMariaDb.USER, DebianMariaDb.PASSWORD);
    }

    private static String logOf(PackagedService replica) {
        try {
            return replica.logText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackagedService startReplica() throws IOException, InterruptedException {
        Map<String, String> environment = database.serviceEnvironment(KEY);
        environment.put("PROCUREMENT_IMPORT_CHUNK_SIZE", "100");
        environment.put("PROCUREMENT_IMPORT_CLAIM_TIMEOUT", CLAIM_TIMEOUT.toString());
        return PackagedService.start(environment);
    }

    private static PackagedService startReplicaUnchecked() {
        try {
            return startReplica();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
