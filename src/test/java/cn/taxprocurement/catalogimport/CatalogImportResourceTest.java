package cn.taxprocurement.catalogimport;

import static cn.taxprocurement.catalogimport.Catalogs.aCatalog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import cn.taxprocurement.audit.AuditTrail;
import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.lib.catalogimport.CatalogProduct;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogImportResourceTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // As browsers send it: the file name as UTF-8 bytes in the part's header.
    private static final RestAssuredConfig UTF8_FILE_NAMES = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Uploads uploads;

    @Inject
    CatalogImportRepository imports;

    @Inject
    ImportQueue queue;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail trail;

    private static Response upload(long roundId, String fileName, byte[] content) {
        return given().config(UTF8_FILE_NAMES)
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart("file", fileName, content, XLSX)
                .when()
                .post("/api/v1/catalog-imports");
    }

    private static long queued(long roundId, byte[] content) {
        return upload(roundId, "产品目录.xlsx", content)
                .then()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Polls the import until it ends; fails after a minute. */
    private static JsonPath finished(long id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath body = given().get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String status = body.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return body;
            }
            pause();
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonPath myListings(long roundId) {
        return given().queryParam("roundId", roundId)
                .queryParam("size", 200)
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The round's listings that an audited chunk of their import vouches for. */
    private long auditedListings(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> chunks = em.createNativeQuery("SELECT e.entity_id, e.summary FROM audit_event e"
                            + " JOIN catalog_import i ON CAST(e.entity_id AS UNSIGNED) = i.id"
                            + " WHERE e.entity_type = 'CatalogImport' AND e.action = 'CATALOG_IMPORT_CHUNK'"
                            + " AND i.round_id = :round")
                    .setParameter("round", roundId)
                    .getResultList();
            List<?> listings = em.createNativeQuery("SELECT id, catalog_import_id FROM product WHERE round_id = :round")
                    .setParameter("round", roundId)
                    .getResultList();
            return listings.stream()
                    .map(Object[].class::cast)
                    .filter(listing -> chunks.stream().map(Object[].class::cast).anyMatch(chunk -> {
                        ImportChunk audited =
                                ImportChunk.parse((String) chunk[1]).orElseThrow();
                        long id = ((Number) listing[0]).longValue();
                        return listing[1] != null
                                && Long.parseLong((String) chunk[0]) == ((Number) listing[1]).longValue()
                                && audited.firstId() <= id
                                && id <= audited.lastId();
                    }))
                    .count();
        });
    }

    @Test
    @TestSecurity(user = "vendor-imp-valid-5c1e9a", roles = "vendor")
    void aValidCatalogBecomesSubmittedListingsThatAreAudited() {
        fixtures.activeVendor("vendor-imp-valid-5c1e9a");
        long roundId = fixtures.openRound(2091, DESKTOP, SERVER);
        byte[] catalog = aCatalog()
                .row(DESKTOP, "联想", "启天M430", "i5-10500/8GB/512GB", 4999.5)
                .row(SERVER, "华为", "FusionServer 2288H V5", "2×Xeon 4210", "38000.00")
                .row("a02010104", "ＤＥＬＬ", "OptiPlex 7090", null, 5200)
                .bytes();

        JsonPath queued = upload(roundId, "产品目录.xlsx", catalog)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        long id = queued.getLong("id");
        JsonPath done = finished(id);

        assertThat(queued.getInt("totalRows")).as("counted at upload").isEqualTo(3);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("totalRows")).isEqualTo(3);
        assertThat(done.getInt("processedRows")).isEqualTo(3);
        assertThat(done.getInt("acceptedRows")).isEqualTo(3);
        assertThat(done.getInt("rejectedRows")).isEqualTo(0);
        assertThat(done.getString("fileName")).isEqualTo("产品目录.xlsx");
        assertThat(done.getLong("roundId")).isEqualTo(roundId);
        JsonPath mine = myListings(roundId);
        assertThat(mine.getLong("total")).isEqualTo(3);
        assertThat(mine.getList("items.status", String.class)).containsOnly("SUBMITTED");
        assertThat(mine.getList("items.model", String.class))
                .containsExactlyInAnyOrder("启天M430", "FusionServer 2288H V5", "OptiPlex 7090");
        assertThat(mine.getList("items.categoryCode", String.class)).contains(DESKTOP, SERVER);
        assertThat(auditedListings(roundId)).isEqualTo(3);
        given().get("/api/v1/vendors/me/catalog-imports").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    @TestSecurity(user = "vendor-imp-keys-91be", roles = "vendor")
    void anImportedListingHoldsItsBrandAndModelAgainstALaterListingAsOneListedAlone() {
        fixtures.activeVendor("vendor-imp-keys-91be");
        long roundId = fixtures.openRound(2091, DESKTOP);
        finished(queued(
                roundId,
                aCatalog().row(DESKTOP, "ThinkCentre", "M90  Gen 2", "", 6000).bytes()));

        given().contentType(ContentType.JSON)
                .body("{\"roundId\":" + roundId + ",\"categoryCode\":\"" + DESKTOP
                        + "\",\"brand\":\"ＴｈｉｎｋＣｅｎｔｒｅ\",\"model\":\"m90 gen 2\",\"unitPrice\":1}")
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(409);
    }

    @Test
    void theImportsRoundCheckUsesTheListingsOwnKey() {
        ImportRoundCheck round =
                new ImportRoundCheck(java.util.Set.of(DESKTOP), java.util.Set.of(ListingKey.of("联想", "启天 M430")));
        assertThat(round.alreadyListed("联想", "启天  M430")).isTrue();
        assertThat(round.alreadyListed("联想", "启天M430")).isFalse();
        round.accepted(new CatalogProduct(2, DESKTOP, "ＤＥＬＬ", "OptiPlex 7090", "", BigDecimal.ONE));
        assertThat(round.alreadyListed("dell", "optiplex 7090")).isTrue();
    }

    @Test
    @TestSecurity(user = "vendor-imp-mixed-0d44", roles = "vendor")
    void invalidRowsAreReportedByRowAndColumnAndComeBackInTheErrorWorkbook() throws IOException {
        fixtures.activeVendor("vendor-imp-mixed-0d44");
        long roundId = fixtures.openRound(2092, DESKTOP);
        byte[] catalog = aCatalog()
                .row(DESKTOP, "联想", "启天M430", "标准配置", 4999)
                .row(DESKTOP, "联想", "启天M530", "标准配置", "¥1299")
                .row(SERVER, "华为", "2288H", "标准配置", 38000)
                .row(DESKTOP, "联想", "启天M430", "重复", 4999)
                .row(DESKTOP, "惠普", "=1+1", "公式样的型号", 3999)
                .bytes();

        JsonPath done = finished(queued(roundId, catalog));

        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("totalRows")).isEqualTo(5);
        assertThat(done.getInt("acceptedRows")).isEqualTo(2);
        assertThat(done.getInt("rejectedRows")).isEqualTo(3);
        assertThat(done.getList("errors.row", Integer.class)).containsExactly(3, 4, 5);
        assertThat(done.getList("errors.column", String.class)).containsExactly("单价(元)", "品目编码", "型号");
        assertThat(done.getString("errors[2].message")).contains("第 2 行");
        assertThat(myListings(roundId).getList("items.model", String.class))
                .containsExactlyInAnyOrder("启天M430", "=1+1");

        byte[] errors = given().get("/api/v1/catalog-imports/" + done.getLong("id") + "/errors.xlsx")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("¥1299");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("3");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(6))).startsWith("单价(元)：");
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(6))).startsWith("品目编码：");
        }
    }

    @Test
    @TestSecurity(user = "vendor-imp-twice-7a30", roles = "vendor")
    void uploadingTheSameFileTwiceForARoundMakesNothingNew() {
        fixtures.activeVendor("vendor-imp-twice-7a30");
        long roundId = fixtures.openRound(2093, DESKTOP);
        byte[] catalog = aCatalog().desktops("海尔", 4).bytes();

        long first = queued(roundId, catalog);
        finished(first);
        long second = upload(roundId, "再次上传.xlsx", catalog)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");

        assertThat(second).isEqualTo(first);
        assertThat(finished(second).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(myListings(roundId).getLong("total")).isEqualTo(4);
    }

    @Test
    @TestSecurity(user = "vendor-imp-existing-e2b7", roles = "vendor")
    void aRowDuplicatingAnExistingListingIsRejected() {
        fixtures.activeVendor("vendor-imp-existing-e2b7");
        long roundId = fixtures.openRound(2093, DESKTOP);
        fixtures.listing("vendor-imp-existing-e2b7", roundId, DESKTOP, "联想", "启天M430");
        byte[] catalog = aCatalog()
                .row(DESKTOP, "联想", " 启天m430 ", "", 4999)
                .row(DESKTOP, "联想", "启天M530", "", 5999)
                .bytes();

        JsonPath done = finished(queued(roundId, catalog));

        assertThat(done.getInt("acceptedRows")).isEqualTo(1);
        assertThat(done.getInt("rejectedRows")).isEqualTo(1);
        assertThat(done.getInt("errors[0].row")).isEqualTo(2);
        assertThat(done.getString("errors[0].message")).contains("已经提交过");
        assertThat(myListings(roundId).getLong("total")).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "vendor-imp-xls-3f81", roles = "vendor")
    void anXlsRenamedXlsxIsRefusedAsTheWrongType() throws IOException {
        fixtures.activeVendor("vendor-imp-xls-3f81");
        long roundId = fixtures.openRound(2094, DESKTOP);
        byte[] xls;
        try (InputStream in = getClass().getResourceAsStream("/catalogs/xls-renamed.xlsx")) {
            xls = in.readAllBytes();
        }

        upload(roundId, "产品目录.xlsx", xls)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    @TestSecurity(user = "vendor-imp-large-6b02", roles = "vendor")
    void aFileOverTheSizeLimitIsRefused() {
        fixtures.activeVendor("vendor-imp-large-6b02");
        long roundId = fixtures.openRound(2094, DESKTOP);
        byte[] large = new byte[3 * 1024 * 1024];
        new Random(4).nextBytes(large);

        upload(roundId, "产品目录.xlsx", large)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("FILE_TOO_LARGE"))
                .body("detail", containsString("MB"));
    }

    @Test
    @TestSecurity(user = "vendor-imp-rows-1c9d", roles = "vendor")
    void aCatalogWithTooManyRowsFailsAtUploadAndListsNothing() {
        fixtures.activeVendor("vendor-imp-rows-1c9d");
        long roundId = fixtures.openRound(2095, DESKTOP);

        JsonPath failed = upload(
                        roundId, "产品目录.xlsx", aCatalog().desktops("方正", 501).bytes())
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureMessage")).contains("500");
        assertThat(failed.getInt("acceptedRows")).isZero();
        assertThat(finished(failed.getLong("id")).getString("status")).isEqualTo("FAILED");
        assertThat(myListings(roundId).getLong("total")).isZero();
    }

    @Test
    @TestSecurity(user = "vendor-imp-other-b5e3", roles = "vendor")
    void aVendorCannotSeeAnotherVendorsImportOrItsErrors() throws IOException {
        fixtures.activeVendor("vendor-imp-other-b5e3");
        String owner = CatalogFixtures.newSubject();
        fixtures.activeVendor(owner);
        long roundId = fixtures.openRound(2095, DESKTOP);
        Path file = Files.createTempFile("catalog", ".xlsx");
        Files.write(file, aCatalog().row(DESKTOP, "联想", "", "", 1).bytes());
        long id = uploads.accept(CatalogFixtures.vendor(owner), roundId, "a.xlsx", file)
                .id();
        Files.delete(file);

        given().get("/api/v1/catalog-imports/" + id).then().statusCode(404);
        given().get("/api/v1/catalog-imports/" + id + "/errors.xlsx").then().statusCode(404);
        var refused = trail.find(
                new AuditTrail.Filter(
                        "vendor-imp-other-b5e3", "CatalogImport", String.valueOf(id), "ACCESS_REFUSED", null, null),
                cn.taxprocurement.common.PageRequest.of(0, 20));
        assertThat(refused.total()).isEqualTo(2);
        given().get("/api/v1/vendors/me/catalog-imports")
                .then()
                .statusCode(200)
                .body("items.id", everyItem(org.hamcrest.Matchers.not(equalTo((int) id))));
    }

    @Test
    @TestSecurity(user = "vendor-imp-pending-42aa", roles = "vendor")
    void aVendorNotYetAdmittedCannotImport() {
        fixtures.pendingVendor("vendor-imp-pending-42aa", "待审核科技有限公司");
        long roundId = fixtures.openRound(2096, DESKTOP);

        upload(roundId, "产品目录.xlsx", aCatalog().desktops("联想", 1).bytes())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "vendor-imp-closed-8d17", roles = "vendor")
    void aClosedRoundTakesNoImportsAndAnUnknownRoundIsNotFound() {
        fixtures.activeVendor("vendor-imp-closed-8d17");
        long roundId = fixtures.openRound(2096, DESKTOP);
        fixtures.closeRound(roundId);
        byte[] catalog = aCatalog().desktops("联想", 1).bytes();

        upload(roundId, "产品目录.xlsx", catalog).then().statusCode(409);
        upload(Long.MAX_VALUE, "产品目录.xlsx", catalog).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "vendor-imp-template-2e6f", roles = "vendor")
    void theTemplateOffersTheRoundsCategoriesInItsDropdown() throws IOException {
        long roundId = fixtures.openRound(2097, DESKTOP, SERVER);

        byte[] template = given().get("/api/v1/catalog-rounds/" + roundId + "/template.xlsx")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("Content-Disposition", containsString("%E5%85%A5%E5%9B%B4")) // 入围
                .extract()
                .asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet products = workbook.getSheetAt(0);
            assertThat(products.getDataValidations()).isNotEmpty();
            String source = products.getDataValidations()
                    .get(0)
                    .getValidationConstraint()
                    .getFormula1();
            Sheet codes =
                    workbook.getSheet(source.substring(0, source.indexOf('!')).replace("'", ""));
            List<String> listed = new ArrayList<>();
            DataFormatter cells = new DataFormatter();
            codes.forEach(row -> listed.add(cells.formatCellValue(row.getCell(0))));
            assertThat(listed).contains(DESKTOP, SERVER);
        }
    }

    @Test
    @TestSecurity(user = "vendor-imp-progress-c0a5", roles = "vendor")
    void processedRowsGrowToTheTotal() {
        fixtures.activeVendor("vendor-imp-progress-c0a5");
        long roundId = fixtures.openRound(2097, DESKTOP);

        long id = queued(roundId, aCatalog().desktops("清华同方", 450).bytes());
        List<Integer> seen = new ArrayList<>();
        JsonPath body;
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            body = given().get("/api/v1/catalog-imports/" + id).then().extract().jsonPath();
            seen.add(body.getInt("processedRows"));
            pause();
        } while (!body.getString("status").equals("SUCCEEDED") && System.nanoTime() < deadline);

        assertThat(body.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(seen).isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(450);
        assertThat(body.getInt("totalRows")).isEqualTo(450);
        assertThat(myListings(roundId).getLong("total")).isEqualTo(450);
    }

    @Test
    @TestSecurity(user = "vendor-imp-stale-7f3b", roles = "vendor")
    void anImportLeftRunningByAStoppedWorkerIsResumedWithoutDuplicates() throws IOException {
        long vendorId = fixtures.activeVendor("vendor-imp-stale-7f3b");
        long roundId = fixtures.openRound(2097, DESKTOP);
        Actor vendor = CatalogFixtures.vendor("vendor-imp-stale-7f3b");
        Path file = Files.createTempFile("catalog", ".xlsx");
        Files.write(file, aCatalog().desktops("长城", 5).bytes());
        // What a worker that died after its first chunk leaves: the import RUNNING under an old claim, two rows listed.
        long id = QuarkusTransaction.requiringNew().call(() -> {
            CatalogImport job = CatalogImport.queue(vendorId, roundId, "长城.xlsx", "stale-" + vendorId, 1, 5, "v", null);
            job.claim("worker-gone", Instant.now().minusSeconds(3600));
            imports.persistAndFlush(job);
            imports.storeFile(job.id, CatalogImportRepository.UPLOAD, file);
            queue.list(
                    job,
                    vendor,
                    IntStream.rangeClosed(1, 2)
                            .mapToObj(i -> new CatalogProduct(
                                    i + 1,
                                    DESKTOP,
                                    "长城",
                                    "M" + i,
                                    "Intel Core i5/8GB/512GB SSD",
                                    new BigDecimal(4000 + i).setScale(2)))
                            .toList(),
                    2,
                    0);
            job.heartbeat(Instant.now().minusSeconds(3600));
            return job.id;
        });
        Files.delete(file);

        JsonPath done = finished(id);

        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("acceptedRows")).isEqualTo(5);
        JsonPath mine = myListings(roundId);
        assertThat(mine.getLong("total")).isEqualTo(5);
        assertThat(mine.getList("items.model", String.class)).containsExactlyInAnyOrder("M1", "M2", "M3", "M4", "M5");
        assertThat(auditedListings(roundId)).isEqualTo(5);
    }
}
