package cn.taxprocurement.catalogimport;

import static cn.taxprocurement.catalogimport.Catalogs.aCatalog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.fixtures.SchemaOwner;
import cn.taxprocurement.lib.catalogimport.CatalogFileInvalid;
import cn.taxprocurement.lib.catalogimport.CatalogImporter;
import cn.taxprocurement.lib.catalogimport.ImportLimits;
import cn.taxprocurement.lib.catalogimport.ImportSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The import queue: a fair share for each vendor, claims kept alive while a file is read, work started at once. */
@QuarkusTest
class CatalogImportQueueTest {
    private static final String DESKTOP = "A02010104";
    private static final String XLSX = CatalogImportResourceTest.XLSX;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    CatalogImportRepository imports;

    @Inject
    ImportWorker worker;

    @Inject
    ImportQueue queue;

    @Inject
    ImportConfig config;

    @Inject
    Scheduler scheduler;

    @Inject
    EntityManager em;

    private static Response upload(long roundId, byte[] content) {
        return given().multiPart("roundId", String.valueOf(roundId))
                .multiPart("file", "产品目录.xlsx", content, XLSX)
                .when()
                .post("/api/v1/catalog-imports");
    }

    /** An import of the vendor that a worker of another replica claimed at {@code claimedAt} and is processing. */
    private long underWay(long vendorId, long roundId, String worker, Instant claimedAt) {
        return QuarkusTransaction.requiringNew().call(() -> underWayNow(vendorId, roundId, worker, claimedAt));
    }

    private long underWayNow(long vendorId, long roundId, String worker, Instant claimedAt) {
        CatalogImport job = CatalogImport.queue(
                vendorId, roundId, "进行中.xlsx", "under-way-" + System.nanoTime(), 1, 0, "另一副本上传", null);
        job.claim(worker, claimedAt);
        imports.persistAndFlush(job);
        return job.id;
    }

    /** Ends imports made up for a test, so that no worker takes them over once their claim is stale. */
    private void end(List<Long> ids) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE catalog_import SET status = 'FAILED', claimed_by = NULL WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate());
    }

    private long count(String sql, long vendorId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                        .setParameter("vendor", vendorId)
                        .getSingleResult())
                .longValue());
    }

    private Instant claimedAt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> imports.findById(id).claimedAt);
    }

    private ImportQueue.Claim claim(long id, String worker, long vendorId, long roundId) {
        return new ImportQueue.Claim(
                id, 1, worker, vendorId, roundId, CatalogFixtures.vendor("v"), Set.of(DESKTOP), Set.of(), 0);
    }

    private CatalogImporter importer() {
        return new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), config.maxRows()));
    }

    private static Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile("catalog", ".xlsx");
        Files.write(file, content);
        return file;
    }

    @Test
    @TestSecurity(user = "vendor-imp-limit-3c7d", roles = "vendor")
    void aVendorWithThreeImportsUnderWayIsToldWhenToComeBackAndNothingIsStored() {
        long vendorId = fixtures.activeVendor("vendor-imp-limit-3c7d");
        long roundId = fixtures.openRound(2098, DESKTOP);
        List<Long> underWay = List.of(
                underWay(vendorId, roundId, "worker-elsewhere", Instant.now()),
                underWay(vendorId, roundId, "worker-elsewhere", Instant.now()),
                underWay(vendorId, roundId, "worker-elsewhere", Instant.now()));
        byte[] catalog = aCatalog().desktops("限流", 2).bytes();
        try {
            upload(roundId, catalog)
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("status", equalTo(429))
                    .body("code", equalTo("IMPORTS_IN_PROGRESS"))
                    .body("detail", containsString("3 个"));
            assertThat(count("SELECT COUNT(*) FROM catalog_import WHERE vendor_id = :vendor", vendorId))
                    .isEqualTo(3);
            assertThat(count(
                            "SELECT COUNT(*) FROM catalog_import_file f JOIN catalog_import i ON i.id = f.import_id"
                                    + " WHERE i.vendor_id = :vendor",
                            vendorId))
                    .isZero();

            end(underWay.subList(0, 1));
            upload(roundId, catalog).then().statusCode(202);
        } finally {
            end(underWay);
        }
    }

    @Test
    @TestSecurity(user = "vendor-imp-race-58e1", roles = "vendor")
    void twoUploadsAtOnceCannotBothTakeAVendorsLastPlace() throws Exception {
        long vendorId = fixtures.activeVendor("vendor-imp-race-58e1");
        long roundId = fixtures.openRound(2098, DESKTOP);
        List<Long> underWay = new ArrayList<>(List.of(
                underWay(vendorId, roundId, "worker-elsewhere", Instant.now()),
                underWay(vendorId, roundId, "worker-elsewhere", Instant.now())));
        byte[] catalog = aCatalog().desktops("并发", 2).bytes();
        try {
            // One upload takes the last place and holds the vendor until it commits; the other comes meanwhile.
            CompletableFuture<Integer> other = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("SELECT id FROM vendor WHERE id = :id FOR UPDATE")
                        .setParameter("id", vendorId)
                        .getResultList();
                underWay.add(underWayNow(vendorId, roundId, "worker-elsewhere", Instant.now()));
                CompletableFuture<Integer> upload = CompletableFuture.supplyAsync(
                        () -> upload(roundId, catalog).statusCode());
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (!upload.isDone() && !waitingForTheVendor() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                return upload;
            });

            assertThat(other.get(1, TimeUnit.MINUTES)).isEqualTo(429);
            assertThat(count("SELECT COUNT(*) FROM catalog_import WHERE vendor_id = :vendor", vendorId))
                    .isEqualTo(3);
        } finally {
            end(underWay);
        }
    }

    /**
     * Whether an upload's transaction is locking the vendor's row, which the test holds: then it waits for it. MariaDB
     * waits for a unique-key lookup's lock while it plans the query, before InnoDB lists the transaction, so the
     * statement is looked for among the sessions.
     */
    private static boolean waitingForTheVendor() throws SQLException {
        // Only an account that may see every session sees the upload's: the schema owner, not the service's.
        try (Connection owner = SchemaOwner.connect();
                ResultSet waiting = owner.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                                + " WHERE INFO LIKE 'SELECT id FROM vendor WHERE subject = % FOR UPDATE'")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }

    @Test
    void aWorkerReadingAFileRenewsItsClaimAsItGoes() throws IOException {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long roundId = fixtures.openRound(2098, DESKTOP);
        // Claimed a while ago, yet well within the claim timeout: no worker of this instance takes it over.
        Instant claimed = Instant.now().minusSeconds(60);
        long id = underWay(vendorId, roundId, "worker-reading", claimed);
        Path upload = file(
                aCatalog().desktops("心跳", 20).row(DESKTOP, "心跳", "", "缺型号", 1).bytes());
        Path errors = Files.createTempFile("errors", ".xlsx");
        try {
            Instant reading = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ImportSummary summary = worker.list(
                    importer(), claim(id, "worker-reading", vendorId, roundId), upload, errors, Duration.ofMillis(1));

            assertThat(summary.totalRows()).isEqualTo(21);
            assertThat(summary.rejectedRows()).isEqualTo(1);
            assertThat(claimedAt(id)).isAfterOrEqualTo(reading);
        } finally {
            end(List.of(id));
            Files.delete(upload);
            Files.delete(errors);
        }
    }

    @Test
    void aWorkerWhoseImportWasTakenOverStopsReadingAtItsNextStep() throws IOException {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long roundId = fixtures.openRound(2098, DESKTOP);
        long id = underWay(vendorId, roundId, "worker-taking-over", Instant.now());
        Path upload = file(aCatalog().desktops("接管", 5).bytes());
        Path errors = Files.createTempFile("errors", ".xlsx");
        try {
            assertThatThrownBy(() -> worker.list(
                            importer(),
                            claim(id, "worker-thought-dead", vendorId, roundId),
                            upload,
                            errors,
                            Duration.ZERO))
                    .isInstanceOf(ImportQueue.ClaimLost.class);
            assertThat(claimedAt(id)).isBefore(Instant.now());
        } finally {
            end(List.of(id));
            Files.delete(upload);
            Files.delete(errors);
        }
    }

    @Test
    void aFileFoundPartwayNotImportableFailsItsImportWithTheListingsItMade() throws IOException {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long roundId = fixtures.openRound(2098, DESKTOP);
        long id = underWay(vendorId, roundId, "worker-partway", Instant.now());
        ImportQueue.Claim claim = claim(id, "worker-partway", vendorId, roundId);
        Path upload = file(aCatalog().desktops("中途", 30).bytes());
        Path errors = Files.createTempFile("errors", ".xlsx");
        // At most 25 rows: the first chunk of 20 is listed before row 26 is read.
        CatalogImporter limited =
                new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), 25));
        try {
            assertThatThrownBy(() -> worker.list(limited, claim, upload, errors, Duration.ofSeconds(1)))
                    .isInstanceOf(CatalogFileInvalid.class);
            assertThat(count("SELECT COUNT(*) FROM product WHERE vendor_id = :vendor", vendorId))
                    .isEqualTo(20);

            queue.fail(claim, "产品目录超过 25 行");

            assertThat(count("SELECT COUNT(*) FROM product WHERE vendor_id = :vendor", vendorId))
                    .isZero();
            assertThat(count(
                            "SELECT COUNT(*) FROM catalog_import WHERE vendor_id = :vendor AND status = 'FAILED'",
                            vendorId))
                    .isEqualTo(1);
        } finally {
            end(List.of(id));
            Files.delete(upload);
            Files.delete(errors);
        }
    }

    @Test
    @TestSecurity(user = "vendor-imp-wake-9d02", roles = "vendor")
    void anUploadStartsItsImportWithoutWaitingForThePoll() {
        fixtures.activeVendor("vendor-imp-wake-9d02");
        long roundId = fixtures.openRound(2098, DESKTOP);
        scheduler.pause(ImportWorker.POLL);
        try {
            long id = upload(roundId, aCatalog().desktops("即时", 3).bytes())
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getLong("id");

            JsonPath done = finished(id);

            assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
            assertThat(done.getInt("acceptedRows")).isEqualTo(3);
        } finally {
            scheduler.resume(ImportWorker.POLL);
        }
    }

    /** Polls the import until it ends; fails after half a minute. */
    private static JsonPath finished(long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonPath body = given().get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(body.getString("status"))) {
                return body;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within half a minute");
    }

    @Test
    @TestSecurity(user = "vendor-imp-download-4b6a", roles = "vendor")
    void anErrorWorkbookLargerThanOneReadIsSentWholeAndNoCopyOfItIsLeft() throws IOException {
        long vendorId = fixtures.activeVendor("vendor-imp-download-4b6a");
        long roundId = fixtures.openRound(2098, DESKTOP);
        byte[] workbook = new byte[2 * 1024 * 1024 + 12_345];
        new Random(7).nextBytes(workbook);
        Path stored = file(workbook);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            CatalogImport job =
                    CatalogImport.queue(vendorId, roundId, "大.xlsx", "large-errors-" + vendorId, 1, 0, "v", null);
            job.succeed(0, 0, "[]", Instant.now());
            imports.persistAndFlush(job);
            imports.storeFile(job.id, CatalogImportRepository.ERRORS, stored);
            return job.id;
        });
        Files.delete(stored);

        byte[] sent = given().get("/api/v1/catalog-imports/" + id + "/errors.xlsx")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();

        assertThat(sent).isEqualTo(workbook);
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("catalog-import-download-"));
        }
    }
}
