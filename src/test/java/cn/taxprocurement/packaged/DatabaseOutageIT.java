package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.RawWorkbook;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while a catalog is being imported and comes back: the service says it is not ready meanwhile,
 * recovers without a restart, and the import is resumed or fails whole — never half-listed.
 */
class DatabaseOutageIT {
    private static final SigningKey KEY = new SigningKey();
    private static final String DESKTOP = "A02010104";
    private static final int ROWS = 40_000;
    private static DebianMariaDb database;
    private static PackagedService service;
    private static ServiceClient api;

    @BeforeAll
    static void start() throws Exception {
        database = DebianMariaDb.start();
        Map<String, String> environment = database.serviceEnvironment(KEY);
        environment.put("PROCUREMENT_IMPORT_CHUNK_SIZE", "500");
        // A worker whose database vanished under it is taken over after this long without progress.
        environment.put("PROCUREMENT_IMPORT_CLAIM_TIMEOUT", "PT10S");
        service = PackagedService.start(environment);
        api = new ServiceClient(service, KEY);
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
    void anImportCutOffByTheDatabaseIsNeverHalfListedAndTheServiceRecoversWithoutARestart() throws Exception {
        long roundId = api.openRound("outage-officer", 2064, List.of(DESKTOP));
        api.activeVendor("outage-vendor", "断线测试科技有限公司", "outage-officer");

        long id = api.upload("outage-vendor", roundId, catalog("断线", ROWS));
        JsonPath cutOff = awaitImport(id, processed -> processed > 0);
        database.kill();
        System.out.println(
                "outage: database killed with " + cutOff.getInt("processedRows") + " of " + ROWS + " rows processed");
        assertThat(cutOff.getInt("processedRows")).isLessThan(ROWS);

        long down = System.nanoTime();
        assertThat(awaitReadiness(503)).isTrue();
        System.out.printf("outage: not ready after %d ms%n", (System.nanoTime() - down) / 1_000_000);
        Thread.sleep(3_000);
        database.restart();
        long back = System.nanoTime();
        assertThat(awaitReadiness(200)).isTrue();
        System.out.printf("outage: ready again %d ms after the database%n", (System.nanoTime() - back) / 1_000_000);

        JsonPath ended = awaitImport(id, processed -> false);
        long listed = listings(roundId);
        System.out.println("outage: import " + ended.getString("status") + ", " + ended.getInt("acceptedRows")
                + " accepted, " + listed + " listed");
        if (ended.getString("status").equals("SUCCEEDED")) {
            assertThat(ended.getInt("acceptedRows")).isEqualTo(ROWS);
            assertThat(listed).isEqualTo(ROWS);
        } else {
            assertThat(ended.getString("status")).isEqualTo("FAILED");
            assertThat(ended.getString("failureMessage")).isNotBlank();
            assertThat(listed).isZero();
        }

        JsonPath retry = awaitImport(api.upload("outage-vendor", roundId, catalog("重试", 1_000)), processed -> false);
        assertThat(retry.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(listings(roundId)).isEqualTo(listed + 1_000);
    }

    private static byte[] catalog(String brand, int rows) {
        RawWorkbook workbook = RawWorkbook.aWorkbook().row("品目编码", "品牌", "型号", "规格参数", "单价(元)");
        for (int i = 1; i <= rows; i++) {
            workbook.row(
                    DESKTOP, brand, brand + "-" + i, "Intel Core i5/16GB/512GB SSD", String.valueOf(4000 + i % 999));
        }
        return workbook.bytes();
    }

    /** Polls the import until it ends, or until its processed rows satisfy {@code enough} while it runs. */
    private static JsonPath awaitImport(long id, IntPredicate enough) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath body = api.as("outage-vendor", "vendor")
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .extract()
                    .jsonPath();
            String status = body.getString("status");
            if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
                return body;
            }
            if ("RUNNING".equals(status) && enough.test(body.getInt("processedRows"))) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not get there within five minutes");
    }

    private static boolean awaitReadiness(int status) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (given().port(service.port).get("/q/health/ready").statusCode() == status) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static long listings(long roundId) {
        return api.as("outage-vendor", "vendor")
                .queryParam("roundId", roundId)
                .queryParam("size", 1)
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
