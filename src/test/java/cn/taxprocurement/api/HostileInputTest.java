package cn.taxprocurement.api;

import static cn.taxprocurement.catalogimport.Catalogs.aCatalog;
import static cn.taxprocurement.fixtures.RawWorkbook.aWorkbook;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.fixtures.HostileWorkbook;
import cn.taxprocurement.fixtures.Tokens;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input meant to break the service: each is refused with a clear problem+json (or its import FAILS with a message),
 * changes nothing, and leaves the service ready. Text that looks like SQL or script is stored and returned as text.
 */
@QuarkusTest
class HostileInputTest {
    private static final int YEAR = 2062;
    private static final String DESKTOP = "A02010104";
    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OFFICER = "hostile-officer";
    private static final String SECOND_OFFICER = "hostile-officer2";
    private static final String VENDOR = "hostile-vendor";
    private static final String PENDING_VENDOR = "hostile-pending-vendor";
    private static final List<String> TABLES = List.of(
            "project",
            "bid",
            "batch",
            "vendor",
            "product",
            "catalog_import",
            "category",
            "catalog_round",
            "audit_event",
            "bid_opening",
            "project_invitation",
            "evaluation_score",
            "notice");
    // As browsers send it: the file name as UTF-8 bytes in the part's header.
    private static final io.restassured.config.RestAssuredConfig UTF8_FILE_NAMES =
            io.restassured.config.RestAssuredConfig.config()
                    .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                    .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig()
                            .defaultCharset(StandardCharsets.UTF_8));
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private static long vendorId;
    private static long roundId;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    ProjectService projects;

    @BeforeEach
    void givenAnActiveVendorAndAnOpenRound() {
        if (roundId == 0) {
            vendorId = Vendors.anActiveVendor(VENDOR);
            Vendors.anActiveVendor("hostile-vendor2");
            Vendors.aPendingVendor(PENDING_VENDOR);
            roundId = fixtures.openRound(YEAR, DESKTOP);
        }
    }

    // Malformed and mistyped JSON

    @Test
    void malformedJsonIsRefused() {
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body("{\"title\": \"台式计算机\", ")
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400)));
    }

    @Test
    void anArrayWhereAnObjectBelongsIsRefused() {
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body("[1, 2, 3]")
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM));
    }

    @Test
    void anEmptyBodyIsRefused() {
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"year:\"二〇六二\"", "budgetAmount:true", "budgetAmount:{\"yuan\":1}", "method:\"AUCTION\""})
    void aValueOfTheWrongTypeIsRefusedNamingItsField(String field) {
        String name = field.substring(0, field.indexOf(':'));
        Map<String, Object> body = new LinkedHashMap<>(project());
        body.remove(name);
        String json = toJson(body).replaceFirst("}$", ",\"" + name + "\":" + field.substring(name.length() + 1) + "}");
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(name)));
    }

    @Test
    void aJsonBodyLargerThanTheServiceTakesIsRefusedBeforeItIsSent() throws Exception {
        byte[] body = ("{\"title\":\"" + "采".repeat(10 * 1024 * 1024) + "\",\"year\":" + YEAR + "}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = counts();
        assertTooLarge(sentAsAClientWouldSendIt(OFFICER, "/api/v1/projects", "application/json", body));
        assertThat(counts()).isEqualTo(before);
        assertReady();
    }

    @Test
    void aTitleOfAMillionCharactersIsRefusedNamingTheTitle() {
        Map<String, Object> body = new LinkedHashMap<>(project());
        body.put("title", "标".repeat(1_000_000));
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("title")));
    }

    // Money and years

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1.00", "1000000000000.00", "1.005", "1e400", "1e-999999999", "1e999999999"})
    void aBudgetThatIsNotMoneyIsRefused(String amount) {
        String json = toJson(project()).replace("\"900000.00\"", amount);
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("budgetAmount")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4999", "1000000000.00", "4999.999"})
    void aUnitPriceThatIsNotMoneyIsRefused(String price) {
        String json = toJson(listing("价格", "P-" + next())).replace("\"4999.00\"", price);
        refusedAndNothingChanged(() -> as(VENDOR)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("unitPrice")));
    }

    @Test
    void aBidOfThreeDecimalsAndANegativeAwardAreRefused() {
        long project = published();
        refusedAndNothingChanged(() -> {
            as(VENDOR)
                    .contentType(ContentType.JSON)
                    .body("{\"amount\": 880000.001}")
                    .post("/api/v1/projects/" + project + "/bids")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("amount"));
            as(SECOND_OFFICER)
                    .contentType(ContentType.JSON)
                    .body(Map.of("bidId", 1, "awardedAmount", "-880000.00"))
                    .post("/api/v1/projects/" + project + "/award")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("awardedAmount"));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, -2062, 0})
    void aYearOutOfRangeIsRefused(int year) {
        Map<String, Object> body = new LinkedHashMap<>(project());
        body.put("year", year);
        refusedAndNothingChanged(() -> {
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/projects")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("year"));
            as(OFFICER)
                    .queryParam("year", year)
                    .get("/api/v1/reports/savings")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        });
    }

    @Test
    void aYearThatIsNotANumberIsRefused() {
        refusedAndNothingChanged(() -> as(OFFICER)
                .queryParam("year", "二〇六二")
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("year")));
    }

    // Pages

    @ParameterizedTest
    @ValueSource(
            strings = {
                "size=0",
                "size=100000",
                "size=-1",
                "page=-1",
                "size=2147483648",
                "page=二",
                "page=100001",
                "page=10737419&size=200"
            })
    void aPageOutsideItsLimitsIsRefused(String query) {
        refusedAndNothingChanged(() -> as(OFFICER)
                .get("/api/v1/projects?" + query)
                .then()
                .statusCode(400)
                .contentType(PROBLEM));
    }

    @Test
    void aPageBeyondTheLastAllowedNamesThePageField() {
        as(OFFICER)
                .get("/api/v1/projects?page=10737419&size=200")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void anUnexpectedFailureIsProblemJsonThatNamesNoClassAndNoCause() {
        String body = as(OFFICER)
                .get("/api/v1/test-only/failure")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("status", equalTo(500))
                .extract()
                .asString();
        assertThat(body).doesNotContain("Exception", "cn.taxprocurement", FailingResource.CAUSE, "\tat ");
        assertReady();
    }

    // Text that looks like code

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'; DROP TABLE project; --",
                "\" OR \"1\"=\"1",
                "<script>alert('采购')</script>",
                "<img src=x onerror=alert(1)>",
                "{{7*7}} ${7*7} #{7*7}",
                "../../../../etc/passwd"
            })
    void textThatLooksLikeCodeIsStoredAndReturnedAsText(String text) {
        long projectsBefore = count("project");
        Map<String, Object> project = new LinkedHashMap<>(project());
        project.put("title", text);
        as(OFFICER)
                .contentType(ContentType.JSON)
                .body(project)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .body("title", equalTo(text));
        as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", text, "year", YEAR))
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .body("name", equalTo(text));
        long listing = as(VENDOR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "roundId",
                        roundId,
                        "categoryCode",
                        DESKTOP,
                        "brand",
                        text,
                        "model",
                        text + next(),
                        "specs",
                        text,
                        "unitPrice",
                        "4999.00"))
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(201)
                .body("brand", equalTo(text))
                .body("specs", equalTo(text))
                .extract()
                .jsonPath()
                .getLong("id");
        as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", text))
                .post("/api/v1/products/" + listing + "/reject")
                .then()
                .statusCode(200)
                .body("rejectReason", equalTo(text));
        as(OFFICER)
                .queryParam("q", text)
                .queryParam("roundId", roundId)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                // The search finds the listing and returns its text as stored; other listings of the round may match
                // too (the digits of "{{7*7}}" are words of their own).
                .body("items.find { it.id == " + listing + " }.brand", equalTo(text));
        as(OFFICER).queryParam("q", text).get("/api/v1/vendors").then().statusCode(200);
        assertThat(count("project")).isEqualTo(projectsBefore + 1);
        assertReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+-><()~*\"@", "\"", "*", "联想*", "a\u0000b", "😀🖥️"})
    void searchTextWithTheSearchEnginesOwnSyntaxIsJustText(String q) {
        refusedAndNothingChanged(() ->
                as(VENDOR).queryParam("q", q).get("/api/v1/catalog").then().statusCode(200));
    }

    // Unicode: brand and model compare after NFKC, trimming and case folding, in listings and imports alike

    @Test
    void fullWidthAndHalfWidthFormsOfABrandAndModelAreOneListing() {
        String model = "M" + next();
        listed("Lenovo", model);
        refusedAndNothingChanged(() -> as(VENDOR)
                .contentType(ContentType.JSON)
                .body(listing("ＬＥＮＯＶＯ", toFullWidth(model)))
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(409)
                .contentType(PROBLEM));
    }

    @Test
    void aComposedAndADecomposedAccentAreOneListing() {
        String model = "Café-" + next();
        listed("Nestlé", model);
        refusedAndNothingChanged(() -> as(VENDOR)
                .contentType(ContentType.JSON)
                .body(listing("Nestle\u0301", model.replace("é", "e\u0301")))
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(409)
                .contentType(PROBLEM));
        JsonPath imported = imported(aCatalog()
                .row(DESKTOP, "Nestle\u0301", model.replace("é", "e\u0301"), "", 100)
                .bytes());
        assertThat(imported.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(imported.getInt("acceptedRows")).isZero();
        assertThat(imported.getString("errors[0].message")).contains("已经提交过");
    }

    // Uploads

    @Test
    void aFileNameWithAPathKeepsOnlyItsLastPart() {
        JsonPath imported = imported(
                "../../../etc/cron.d/catalog-2062.xlsx",
                aCatalog().row(DESKTOP, "路径", "P-" + next(), "", 100).bytes());
        assertThat(imported.getString("fileName")).isEqualTo("catalog-2062.xlsx");
        JsonPath windows = imported(
                "..\\..\\Windows\\catalog-2062.xlsx",
                aCatalog().row(DESKTOP, "路径", "P-" + next(), "", 100).bytes());
        assertThat(windows.getString("fileName")).isEqualTo("catalog-2062.xlsx");
    }

    @Test
    void aZipBombIsRefusedAtUploadAndListsNothing() {
        byte[] bomb = aWorkbook()
                .row("品目编码", "品牌", "型号", "规格参数", "单价(元)")
                .row(DESKTOP, "炸弹", "B-1", "", "100")
                .inflatingTo(200L * 1024 * 1024)
                .bytes();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        refusedAtUpload(bomb, "压缩炸弹");
    }

    @Test
    void anExternalEntityIsNeverReadAndTheUploadIsRefused() {
        byte[] xxe = aWorkbook()
                .prologue("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>")
                .row("品目编码", "品牌", "型号", "规格参数", "单价(元)")
                .rawRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + DESKTOP
                        + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>X-1</t></is></c><c r=\"E2\"><v>100</v></c></row>")
                .bytes();
        refusedAtUpload(xxe, "DOCTYPE");
    }

    @Test
    void aWorkbookLinkedToAnotherFileFailsItsImport() {
        byte[] linked = aWorkbook()
                .linkedTo("file:///etc/passwd")
                .row("品目编码", "品牌", "型号", "规格参数", "单价(元)")
                .rawRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + DESKTOP
                        + "</t></is></c><c r=\"B2\" t=\"str\"><f>[1]Sheet1!A1</f><v>链接</v></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>L-1</t></is></c><c r=\"E2\"><v>100</v></c></row>")
                .bytes();
        failsAndListsNothing(linked, "外部链接");
    }

    @Test
    void aSixtyMegabyteUploadIsRefusedBeforeItIsSent() throws Exception {
        byte[] file = new byte[60 * 1024 * 1024];
        Arrays.fill(file, (byte) 'x');
        String boundary = "----catalog" + next();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"roundId\"\r\n\r\n" + roundId
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"产品目录.xlsx\""
                        + "\r\nContent-Type: " + XLSX + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Map<String, Long> before = counts();
        assertTooLarge(sentAsAClientWouldSendIt(
                VENDOR, "/api/v1/catalog-imports", "multipart/form-data; boundary=" + boundary, body.toByteArray()));
        assertThat(counts()).isEqualTo(before);
        assertReady();
    }

    /** The HTTP layer refuses the body by its announced length before reading it: 413, without a problem body. */
    private static void assertTooLarge(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    /**
     * Sends a large body as curl and browsers' libraries do, asking first whether the server will take it ({@code
     * Expect: 100-continue}).
     */
    private static java.net.http.HttpResponse<String> sentAsAClientWouldSendIt(
            String user, String path, String contentType, byte[] body) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + path))
                .expectContinue(true)
                .header("Authorization", "Bearer " + Tokens.of(user))
                .header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "exe", "xls", "docx", "empty"})
    void aFileThatIsNotAWorkbookIsRefusedAsTheWrongType(String kind) throws IOException {
        byte[] content =
                switch (kind) {
                    case "csv" -> "品目编码,品牌,型号,规格参数,单价(元)\nA02010104,联想,M1,,4999\n".getBytes(StandardCharsets.UTF_8);
                    case "exe" -> exe();
                    case "xls" -> resource("/catalogs/xls-renamed.xlsx");
                    case "docx" -> docx();
                    default -> new byte[0];
                };
        refusedAndNothingChanged(
                () -> upload("产品目录.xlsx", content).statusCode(415).contentType(PROBLEM));
    }

    @Test
    void aCatalogOverTheRowLimitFailsWithAMessageAndListsNothing() {
        failsAndListsNothing(aCatalog().desktops("超限" + next(), 501).bytes(), "500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"far-column", "million-cells", "shared-strings", "styles", "sheets", "nesting"})
    void aWorkbookThatCouldExhaustMemoryIsRefusedAtUploadNamingTheLimit(String attack) {
        long megabyte = 1024 * 1024;
        byte[] workbook =
                switch (attack) {
                    case "far-column" -> HostileWorkbook.farColumn();
                    case "million-cells" -> HostileWorkbook.millionEmptyCells();
                    case "shared-strings" -> HostileWorkbook.sharedStringsInflatingTo(100 * megabyte);
                    case "styles" -> HostileWorkbook.stylesInflatingTo(50 * megabyte);
                    case "sheets" -> HostileWorkbook.tinySheets(2_000);
                    default -> HostileWorkbook.nestedDeep(100_000);
                };
        String limit =
                switch (attack) {
                    case "far-column" -> "XFD";
                    case "million-cells" -> "256 个的上限";
                    case "shared-strings" -> "32 MB 的上限";
                    case "styles" -> "4 MB 的上限";
                    case "sheets" -> "1,000 个的上限";
                    default -> "256 层的上限";
                };
        assertThat(workbook.length).isLessThan(2 * 1024 * 1024);
        refusedAtUpload(workbook, limit);
    }

    @Test
    void aSheetWiderThanACatalogNeedsIsRefusedAtUploadNamingTheLimit() {
        String[] header = new String[16_384];
        String[] row = new String[16_384];
        for (int c = 0; c < header.length; c++) {
            header[c] = "备注" + c;
            row[c] = "x";
        }
        String model = "W-" + next();
        System.arraycopy(new String[] {"品目编码", "品牌", "型号", "规格参数", "单价(元)"}, 0, header, 16_379, 5);
        System.arraycopy(new String[] {DESKTOP, "宽表", model, "", "100"}, 0, row, 16_379, 5);
        refusedAtUpload(aWorkbook().row(header).row(row).bytes(), "产品目录最多 256 列");
    }

    // Races and states

    @Test
    void theSameListingSubmittedTwiceAtOnceIsListedOnce() throws Exception {
        Map<String, Object> body = listing("并发", "R-" + next());
        long before = count("product");
        List<Integer> answers = atOnce(
                () -> as(VENDOR)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/vendors/me/products")
                        .then()
                        .extract()
                        .statusCode(),
                2);
        assertThat(answers).containsExactlyInAnyOrder(201, 409);
        assertThat(count("product")).isEqualTo(before + 1);
        assertReady();
    }

    @Test
    void twoAwardsOfOneProjectAtOnceRecordOne() throws Exception {
        long project = published();
        long bid = 0;
        for (String amount : List.of("850000.00", "860000.00", "870000.00")) {
            String subject = "hostile-bidder-" + SEQUENCE.incrementAndGet();
            Vendors.anActiveVendor(subject);
            long placed = projects.placeBid(
                            new Actor(subject, subject, Roles.VENDOR, null),
                            project,
                            new PlaceBid(new BigDecimal(amount)))
                    .id();
            bid = bid == 0 ? placed : bid;
        }
        // The deadline becomes this instant: the bids were on time, and the opening comes after it.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET bid_deadline = NOW(6) WHERE id = ?1")
                        .setParameter(1, project)
                        .executeUpdate());
        as(SECOND_OFFICER)
                .post("/api/v1/projects/" + project + "/open-bids")
                .then()
                .statusCode(200)
                .body("validBidCount", equalTo(3));
        long first = bid;
        List<Integer> answers = atOnce(
                () -> as(SECOND_OFFICER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("bidId", first))
                        .post("/api/v1/projects/" + project + "/award")
                        .then()
                        .extract()
                        .statusCode(),
                3);
        assertThat(answers).containsExactlyInAnyOrder(200, 409, 409);
        as(OFFICER).get("/api/v1/projects/" + project).then().body("status", equalTo("AWARDED"));
    }

    @Test
    void malformedTenderBodiesAreRefusedAndChangeNothing() {
        long project = draft();
        refusedAndNothingChanged(() -> {
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body("{\"plannedMonth\": \"2062-13\", \"summary\": \"采购\"}")
                    .post("/api/v1/projects/" + project + "/intention")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body("{\"vendorIds\": [\"一\", 2, 3]}")
                    .put("/api/v1/projects/" + project + "/invitations")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body("{\"scores\": [{\"bidId\": 1, \"otherScore\": \"满分\"}]}")
                    .put("/api/v1/projects/" + project + "/evaluation")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body("{\"bidDeadline\": \"明天\", \"reason\": \"更正\"}")
                    .post("/api/v1/projects/" + project + "/extend")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            Map<String, Object> record = new LinkedHashMap<>(project());
            record.put("awardedAmount", "850000.001");
            record.put("vendorId", vendorId);
            record.put("awardedAt", OffsetDateTime.now().minusDays(1).toString());
            record.put("reference", "GC-2062-0001");
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body(record)
                    .post("/api/v1/projects/records")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("awardedAmount"));
        });
    }

    @Test
    void aBidDeadlineInThePastIsRefused() {
        long project = draft();
        refusedAndNothingChanged(() -> as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().minusMinutes(1).toString()))
                .post("/api/v1/projects/" + project + "/publish")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("bidDeadline")));
    }

    @Test
    void aBidAfterTheDeadlineIsRefused() {
        long project = published();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE project SET bid_deadline = NOW(6) - INTERVAL 1 SECOND WHERE id = ?1")
                .setParameter(1, project)
                .executeUpdate());
        refusedAndNothingChanged(() -> as(VENDOR)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "860000.00"))
                .post("/api/v1/projects/" + project + "/bids")
                .then()
                .statusCode(409)
                .contentType(PROBLEM));
    }

    @Test
    void projectsMergedOnceCannotBeMergedAgain() {
        long first = draft();
        long second = draft();
        as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "合并采购", "projectIds", List.of(first, second)))
                .post("/api/v1/projects/merge")
                .then()
                .statusCode(201);
        long third = draft();
        refusedAndNothingChanged(() -> {
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "再次合并", "projectIds", List.of(first, second)))
                    .post("/api/v1/projects/merge")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM);
            as(OFFICER)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", "自我合并", "projectIds", List.of(third, third)))
                    .post("/api/v1/projects/merge")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM);
        });
    }

    @Test
    void aVendorNotYetAdmittedCannotBid() {
        long project = published();
        refusedAndNothingChanged(() -> as(PENDING_VENDOR)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "860000.00"))
                .post("/api/v1/projects/" + project + "/bids")
                .then()
                .statusCode(409)
                .contentType(PROBLEM));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"id\": 1}",
                "{\"id\": 1, \"hash\": \"00\", \"at\": \"2061-01-01T00:00:00Z\", \"signature\": \"forged\"}",
                "{\"id\": -9223372036854775808, \"hash\": \"' OR 1=1 --\", \"at\": \"2061-01-01T00:00:00Z\","
                        + " \"signature\": \"\"}"
            })
    void aCheckpointMissingFieldsOrWithAForgedSignatureIsNotTheServices(String body) {
        refusedAndNothingChanged(() -> as("hostile-auditor")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/audit-events/checkpoint/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("problem", equalTo("BAD_SIGNATURE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": 1, ", "[1]", "{\"id\": 1, \"at\": \"yesterday\"}", "{\"id\": \"one\"}"})
    void aCheckpointThatIsNotOneIsRefused(String body) {
        refusedAndNothingChanged(() -> as("hostile-auditor")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/audit-events/checkpoint/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM));
    }

    @Test
    void anIdBeyondEveryNumberIsNotFound() {
        refusedAndNothingChanged(() -> as(OFFICER)
                .get("/api/v1/projects/99999999999999999999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM));
    }

    // Helpers

    /** Runs a refused request and checks that no table changed and the service is still ready. */
    private void refusedAndNothingChanged(Runnable refused) {
        Map<String, Long> before = counts();
        refused.run();
        assertThat(counts()).isEqualTo(before);
        assertReady();
    }

    /** Uploads a workbook that is refused at once, 422 naming {@code reason}, and changes nothing. */
    private void refusedAtUpload(byte[] workbook, String reason) {
        refusedAndNothingChanged(() -> upload("产品目录.xlsx", workbook)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("title", equalTo("工作簿结构被拒绝"))
                .body("code", equalTo("WORKBOOK_REFUSED"))
                .body("type", equalTo("tag:taxprocurement.cn,2026:workbook-refused"))
                .body("detail", org.hamcrest.Matchers.containsString(reason)));
    }

    /** Uploads a catalog whose import fails with a message naming {@code reason}, and lists nothing. */
    private void failsAndListsNothing(byte[] workbook, String reason) {
        long listings = count("product");
        JsonPath done = imported(workbook);
        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getString("failureMessage")).contains(reason);
        assertThat(done.getInt("acceptedRows")).isZero();
        assertThat(count("product")).isEqualTo(listings);
        assertReady();
    }

    private static void assertReady() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static ValidatableResponse upload(String fileName, byte[] content) {
        return as(VENDOR)
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart("file", fileName, content, XLSX)
                .post("/api/v1/catalog-imports")
                .then();
    }

    private static JsonPath imported(byte[] workbook) {
        return imported("产品目录.xlsx", workbook);
    }

    /** Uploads a catalog and waits until its import ends. */
    private static JsonPath imported(String fileName, byte[] workbook) {
        long id =
                upload(fileName, workbook).statusCode(202).extract().jsonPath().getLong("id");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath body = as(VENDOR)
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(body.getString("status"))) {
                return body;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not end within two minutes");
    }

    private static <T> List<T> atOnce(Callable<T> call, int times) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static long next() {
        return SEQUENCE.incrementAndGet();
    }

    private static Map<String, Object> project() {
        return Map.of(
                "title",
                YEAR + "年台式计算机采购",
                "year",
                YEAR,
                "categoryCode",
                DESKTOP,
                "method",
                "OPEN_TENDER",
                "budgetAmount",
                "900000.00");
    }

    private static Map<String, Object> listing(String brand, String model) {
        return Map.of(
                "roundId", roundId,
                "categoryCode", DESKTOP,
                "brand", brand,
                "model", model,
                "specs", "标准配置",
                "unitPrice", "4999.00");
    }

    private static void listed(String brand, String model) {
        as(VENDOR)
                .contentType(ContentType.JSON)
                .body(listing(brand, model))
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(201);
    }

    private static long draft() {
        return as(OFFICER)
                .contentType(ContentType.JSON)
                .body(project())
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long published() {
        long id = draft();
        as(OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusDays(3).toString()))
                .post("/api/v1/projects/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    private static String toJson(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(key)
                .append("\":")
                .append(value instanceof Number ? value.toString() : "\"" + value + "\""));
        return json.append('}').toString();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    private static byte[] exe() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static byte[] docx() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("产品目录");
            document.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
