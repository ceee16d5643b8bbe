package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.HostileWorkbook;
import cn.taxprocurement.fixtures.RawWorkbook;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Workbooks built to exhaust memory, uploaded to the packaged service at {@code -Xmx256m}, which exits on running out
 * of memory: each is refused at upload with 422, lists nothing, and the service stays ready; its heap after each attack is printed.
 */
class HostileWorkbookIT {
    private static final Path DATA_DIR = Path.of("target/hostile-workbook-it/mariadb");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private static final String DESKTOP = "A02010104";
    private static final long MB = 1024 * 1024;
    private static final String ACTIVE = "hostile-it-vendor";
    private static final String UNREGISTERED = "hostile-it-stranger";

    private final SigningKey key = new SigningKey();
    private PackagedService service;
    private ServiceClient api;

    @Test
    void noWorkbookTakesTheServiceDownAndNoneListsAnything() throws Exception {
        PackagedService.deleteRecursively(DATA_DIR);
        Map<String, String> environment = Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR", DATA_DIR.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY", key.publicKey(),
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED", "false");
        try (PackagedService started = PackagedService.start(environment, List.of("-XX:+ExitOnOutOfMemoryError"))) {
            service = started;
            api = new ServiceClient(started, key);
            long roundId = api.openRound("hostile-it-officer", 2066, List.of(DESKTOP));
            api.activeVendor(ACTIVE, "恶意文件测试科技有限公司", "hostile-it-officer");
            System.out.printf("hostile-workbook: heap before the attacks %d MB%n", heapUsedMegabytes());

            for (Map.Entry<String, Supplier<byte[]>> attack : attacks().entrySet()) {
                byte[] workbook = attack.getValue().get();
                for (String vendor : List.of(ACTIVE, UNREGISTERED)) {
                    Response answer = upload(vendor, roundId, workbook);
                    String outcome =
                            answer.statusCode() + " " + answer.jsonPath().getString("detail");
                    assertThat(answer.statusCode()).isEqualTo(422);
                    assertThat(answer.contentType()).startsWith(PROBLEM);
                    assertThat(answer.jsonPath().getString("title")).isEqualTo("工作簿结构被拒绝");
                    given().port(service.port).get("/q/health/ready").then().statusCode(200);
                    System.out.printf(
                            "hostile-workbook: %s (%,d bytes) as %s: %s; heap after %d MB%n",
                            attack.getKey(), workbook.length, vendor, outcome, heapUsedMegabytes());
                }
            }

            assertThat(api.as(ACTIVE, "vendor")
                            .queryParam("roundId", roundId)
                            .get("/api/v1/vendors/me/products")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("total"))
                    .isZero();
            System.out.printf(
                    "hostile-workbook: heap after all attacks %d MB, RSS %d MB%n",
                    heapUsedMegabytes(), service.residentMegabytes());
        }
    }

    private static Map<String, Supplier<byte[]>> attacks() {
        Map<String, Supplier<byte[]>> attacks = new LinkedHashMap<>();
        attacks.put("far column FLHOMVY1", HostileWorkbook::farColumn);
        attacks.put("1,000,000 empty cells in one row", HostileWorkbook::millionEmptyCells);
        attacks.put("160 MB of shared strings", () -> HostileWorkbook.sharedStringsInflatingTo(160 * MB));
        attacks.put("100,000 tiny sheets", () -> HostileWorkbook.tinySheets(100_000));
        attacks.put("200 MB styles part", () -> HostileWorkbook.stylesInflatingTo(200 * MB));
        attacks.put("100,000 nested elements", () -> HostileWorkbook.nestedDeep(100_000));
        attacks.put("zip bomb (200 MB of spaces)", () -> RawWorkbook.aWorkbook()
                .row("品目编码", "品牌", "型号", "规格参数", "单价(元)")
                .row(DESKTOP, "炸弹", "B-1", "", "100")
                .inflatingTo(200 * MB)
                .bytes());
        attacks.put("XXE DOCTYPE", () -> RawWorkbook.aWorkbook()
                .prologue("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>")
                .row("品目编码", "品牌", "型号", "规格参数", "单价(元)")
                .rawRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + DESKTOP
                        + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>X-1</t></is></c><c r=\"E2\"><v>100</v></c></row>")
                .bytes());
        return attacks;
    }

    private Response upload(String vendor, long roundId, byte[] workbook) {
        return api.as(vendor, "vendor")
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart("file", "产品目录.xlsx", workbook, XLSX)
                .post("/api/v1/catalog-imports");
    }

    /** Heap in use now, the sum of the heap pools from the service's own metrics. */
    private long heapUsedMegabytes() {
        String metrics = given().port(service.port)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        double bytes = metrics.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        return Math.round(bytes / MB);
    }
}
