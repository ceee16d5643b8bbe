package cn.taxprocurement.security;

import static cn.taxprocurement.catalogimport.Catalogs.aCatalog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.fixtures.Tokens;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.PublishNotice;
import cn.taxprocurement.opendata.OcdsConfig;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProjectService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every route of the OpenAPI document, called by every kind of caller with a real signed token, against real
 * resources: vendor A owns a registration, listings, an import and a bid; vendor B is another admitted vendor; the
 * officer creates the projects that the second officer may award. The expected answers are written by hand below.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final int YEAR = 2061;
    private static final String DESKTOP = "A02010104";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The callers, in the order of the columns of {@link #TABLE}. */
    enum Caller {
        ANONYMOUS(null),
        OFFICER("matrix-officer"),
        SECOND_OFFICER("matrix-officer2"),
        VENDOR_A("matrix-vendor-a"),
        VENDOR_B("matrix-vendor-b"),
        MANAGER("matrix-manager"),
        AUDITOR("matrix-auditor");

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    /** What a cell calls: the resource id for {@code {id}}, query parameters, and a JSON body or an upload. */
    record Target(Object id, Map<String, ?> query, Object body) {
        static Target none() {
            return new Target(null, Map.of(), null);
        }

        static Target id(Object id) {
            return new Target(id, Map.of(), null);
        }

        static Target body(Object body) {
            return new Target(null, Map.of(), body);
        }

        static Target query(Map<String, ?> query) {
            return new Target(null, query, null);
        }
    }

    record Upload(long roundId, byte[] file) {}

    record Route(String route, String expected, Function<AccessMatrixTest, Target> target) {}

    private static Route route(String route, String expected, Function<AccessMatrixTest, Target> target) {
        return new Route(route, expected, target);
    }

    /**
     * The one table: each route and the status each caller gets — anonymous, officer, second officer, vendor A, vendor
     * B, manager, auditor. Targets that a cell changes are made fresh for each cell.
     */
    private static final List<Route> TABLE = List.of(
            route("GET /api/v1/categories", "401 200 200 200 200 200 200", t -> Target.none()),
            route("POST /api/v1/categories", "401 201 201 403 403 403 403", t -> Target.body(t.newCategory())),
            route("GET /api/v1/catalog-rounds", "401 200 200 200 200 200 200", t -> Target.query(Map.of("year", YEAR))),
            route("POST /api/v1/catalog-rounds", "401 201 201 403 403 403 403", t -> Target.body(t.newRound())),
            route("GET /api/v1/catalog-rounds/{id}", "401 200 200 200 200 200 200", t -> Target.id(t.roundId)),
            route(
                    "POST /api/v1/catalog-rounds/{id}/close",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.openRound())),
            route(
                    "GET /api/v1/catalog-rounds/{id}/template.xlsx",
                    "401 200 200 200 200 403 403",
                    t -> Target.id(t.roundId)),
            route("POST /api/v1/vendors/me", "401 403 403 409 409 403 403", t -> Target.body(t.registration())),
            route("GET /api/v1/vendors/me", "401 403 403 200 200 403 403", t -> Target.none()),
            route("PUT /api/v1/vendors/me", "401 403 403 409 409 403 403", t -> Target.body(t.detailsWithATakenUscc())),
            route("GET /api/v1/vendors", "401 200 200 403 403 200 403", t -> Target.none()),
            route("GET /api/v1/vendors/{id}", "401 200 200 403 403 200 403", t -> Target.id(t.vendorA)),
            route(
                    "POST /api/v1/vendors/{id}/approve",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.pendingVendor())),
            route(
                    "POST /api/v1/vendors/{id}/reject",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.pendingVendor(), Map.of(), Map.of("reason", "资质不全"))),
            route("POST /api/v1/vendors/me/products", "401 403 403 201 201 403 403", t -> Target.body(t.newListing())),
            route("GET /api/v1/vendors/me/products", "401 403 403 200 200 403 403", t -> Target.none()),
            route(
                    "POST /api/v1/vendors/me/products/{id}/withdraw",
                    "401 403 403 200 404 403 403",
                    t -> Target.id(t.listingOfVendorA())),
            route("GET /api/v1/products", "401 200 200 403 403 200 403", t -> Target.none()),
            route(
                    "POST /api/v1/products/{id}/approve",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.listingOfVendorA())),
            route(
                    "POST /api/v1/products/{id}/reject",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.listingOfVendorA(), Map.of(), Map.of("reason", "参数不符"))),
            route("GET /api/v1/catalog", "401 200 200 200 200 200 200", t -> Target.none()),
            route(
                    "GET /api/v1/catalog/compare",
                    "401 200 200 200 200 200 200",
                    t -> Target.query(Map.of("ids", t.approvedListingOfVendorA + "," + t.approvedListingOfVendorA()))),
            route(
                    "POST /api/v1/products/{id}/suspend",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.approvedListingOfVendorA(), Map.of(), Map.of("reason", "价格异常"))),
            route(
                    "GET /api/v1/products/{id}/price-history",
                    "401 200 200 200 404 200 200",
                    t -> Target.id(t.approvedListingOfVendorA)),
            route(
                    "POST /api/v1/vendors/me/products/{id}/price-changes",
                    "401 403 403 201 404 403 403",
                    t -> new Target(
                            t.approvedListingOfVendorA(), Map.of(), Map.of("unitPrice", "4500.00", "reason", "让利"))),
            route("GET /api/v1/price-changes", "401 200 200 403 403 403 403", t -> Target.none()),
            route(
                    "POST /api/v1/price-changes/{id}/approve",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.pendingPriceChange())),
            route(
                    "POST /api/v1/price-changes/{id}/reject",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.pendingPriceChange(), Map.of(), Map.of("reason", "理由不足"))),
            route("POST /api/v1/catalog-imports", "401 403 403 202 202 403 403", t -> Target.body(t.upload())),
            route("GET /api/v1/catalog-imports/{id}", "401 200 200 200 404 403 403", t -> Target.id(t.importOfVendorA)),
            route(
                    "GET /api/v1/catalog-imports/{id}/errors.xlsx",
                    "401 200 200 200 404 403 403",
                    t -> Target.id(t.importOfVendorA)),
            route("GET /api/v1/vendors/me/catalog-imports", "401 403 403 200 200 403 403", t -> Target.none()),
            route("POST /api/v1/projects", "401 201 201 403 403 403 403", t -> Target.body(t.newProject())),
            route("GET /api/v1/projects", "401 200 200 403 403 200 403", t -> Target.query(Map.of("year", YEAR))),
            route("GET /api/v1/projects/{id}", "401 200 200 403 403 200 403", t -> Target.id(t.openProject)),
            route(
                    "POST /api/v1/projects/{id}/publish",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.draftByOfficer(), Map.of(), t.deadline())),
            // The officer created the project: internal control leaves its award to another officer.
            route("POST /api/v1/projects/{id}/award", "401 409 200 403 403 403 403", t -> t.awardOfAnOpenedTender()),
            route(
                    "POST /api/v1/projects/{id}/fail",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.closedByOfficer(), Map.of(), Map.of("reason", "无有效投标"))),
            route(
                    "PUT /api/v1/projects/{id}/invitations",
                    "401 200 200 403 403 403 403",
                    t -> new Target(
                            t.draftByOfficer("INVITED_TENDER"), Map.of(), Map.of("vendorIds", t.threeVendors()))),
            route(
                    "POST /api/v1/projects/{id}/intention",
                    "401 201 201 403 403 403 403",
                    t -> new Target(
                            t.draftByOfficer(), Map.of(), Map.of("plannedMonth", YEAR + "-03", "summary", "采购台式计算机"))),
            route(
                    "POST /api/v1/projects/{id}/extend",
                    "401 200 200 403 403 403 403",
                    t -> new Target(
                            t.publishedByOfficer(),
                            Map.of(),
                            Map.of(
                                    "bidDeadline",
                                    OffsetDateTime.now().plusDays(14).toString(),
                                    "reason",
                                    "需求澄清"))),
            route(
                    "POST /api/v1/projects/{id}/open-bids",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.closedProject)),
            // The closed project is ranked by lowest price: there is nothing to score.
            route(
                    "PUT /api/v1/projects/{id}/evaluation",
                    "401 409 409 403 403 403 403",
                    t -> new Target(t.closedProject, Map.of(), Map.of("scores", List.of()))),
            route(
                    "GET /api/v1/projects/{id}/evaluation",
                    "401 200 200 403 403 200 403",
                    t -> Target.id(t.closedProject)),
            route("POST /api/v1/projects/records", "401 201 201 403 403 403 403", t -> Target.body(t.aRecord())),
            // The officer recorded it: internal control leaves its confirmation to another officer.
            route(
                    "POST /api/v1/projects/{id}/confirm",
                    "401 409 200 403 403 403 403",
                    t -> Target.id(t.recordedByOfficer())),
            route("GET /api/v1/batches", "401 200 200 403 403 200 403", t -> Target.query(Map.of("year", YEAR))),
            route("GET /api/v1/vendors/me/bids", "401 403 403 200 200 403 403", t -> Target.none()),
            route(
                    "POST /api/v1/projects/{id}/cancel",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.draftByOfficer(), Map.of(), Map.of("reason", "需求取消"))),
            route("POST /api/v1/projects/merge", "401 201 201 403 403 403 403", t -> Target.body(t.mergeOfTwoDrafts())),
            route(
                    "POST /api/v1/projects/{id}/bids",
                    "401 403 403 201 201 403 403",
                    t -> new Target(t.openProject, Map.of(), Map.of("amount", "870000.00"))),
            route("GET /api/v1/projects/{id}/bids", "401 200 200 403 403 403 403", t -> Target.id(t.closedProject)),
            route(
                    "GET /api/v1/projects/{id}/bids/mine",
                    "401 403 403 200 404 403 403",
                    t -> Target.id(t.closedProject)),
            route(
                    "POST /api/v1/batches",
                    "401 201 201 403 403 403 403",
                    t -> Target.body(Map.of("name", "矩阵批次", "year", YEAR))),
            route("GET /api/v1/batches/{id}", "401 200 200 403 403 200 403", t -> Target.id(t.batchId)),
            route(
                    "POST /api/v1/batches/{id}/publish",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.batchWithADraft(), Map.of(), t.deadline())),
            route(
                    "GET /api/v1/reports/savings",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("year", YEAR))),
            route(
                    "GET /api/v1/reports/savings.xlsx",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("year", YEAR))),
            route(
                    "GET /api/v1/reports/catalog",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("year", YEAR))),
            route(
                    "GET /api/v1/reports/catalog.xlsx",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("year", YEAR))),
            route("GET /api/v1/public/notices", "200 200 200 200 200 200 200", t -> Target.query(Map.of("year", YEAR))),
            route("GET /api/v1/public/notices/{id}", "200 200 200 200 200 200 200", t -> Target.id(t.notice())),
            route("GET /api/v1/public/notices.atom", "200 200 200 200 200 200 200", t -> Target.none()),
            route(
                    "GET /api/v1/public/ocds/releases",
                    "200 200 200 200 200 200 200",
                    t -> Target.query(Map.of("year", YEAR))),
            route("GET /api/v1/public/ocds/records/{ocid}", "200 200 200 200 200 200 200", t -> Target.id(t.ocid())),
            route(
                    "GET /api/v1/reports/savings/trend",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("from", YEAR - 1, "to", YEAR))),
            route(
                    "GET /api/v1/reports/yearbook",
                    "401 200 200 403 403 200 403",
                    t -> Target.query(Map.of("year", YEAR))),
            route("POST /api/v1/orders", "401 201 201 403 403 403 403", t -> Target.body(t.anOrder())),
            route("GET /api/v1/orders", "401 200 200 403 403 200 403", t -> Target.none()),
            route("GET /api/v1/orders/{id}", "401 200 200 200 404 200 403", t -> Target.id(t.orderOfVendorA())),
            route("GET /api/v1/vendors/me/orders", "401 403 403 200 200 403 403", t -> Target.none()),
            route(
                    "POST /api/v1/orders/{id}/confirm",
                    "401 403 403 200 404 403 403",
                    t -> Target.id(t.orderOfVendorA())),
            route(
                    "POST /api/v1/orders/{id}/deliver",
                    "401 403 403 200 404 403 403",
                    t -> Target.id(t.orderOfVendorA("confirm"))),
            route(
                    "POST /api/v1/orders/{id}/decline",
                    "401 403 403 200 404 403 403",
                    t -> new Target(t.orderOfVendorA(), Map.of(), Map.of("reason", "缺货"))),
            route(
                    "POST /api/v1/orders/{id}/accept",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.orderOfVendorA("confirm", "deliver"), Map.of(), Map.of("note", "验收合格"))),
            route(
                    "POST /api/v1/orders/{id}/cancel",
                    "401 200 200 403 403 403 403",
                    t -> new Target(t.orderOfVendorA(), Map.of(), Map.of("reason", "预算调整"))),
            route("POST /api/v1/competitions", "401 201 201 403 403 403 403", t -> Target.body(t.aCompetition())),
            // Vendor B is not invited: it finds no competition, and may not quote in it.
            route(
                    "GET /api/v1/competitions/{id}",
                    "401 200 200 200 404 403 403",
                    t -> Target.id(t.competitionInvitingVendorA())),
            route(
                    "POST /api/v1/competitions/{id}/quotes",
                    "401 403 403 201 409 403 403",
                    t -> new Target(
                            t.competitionInvitingVendorA(),
                            Map.of(),
                            Map.of("productId", t.listingOfThisYear, "unitPrice", "4500.00"))),
            route(
                    "POST /api/v1/competitions/{id}/close",
                    "401 200 200 403 403 403 403",
                    t -> Target.id(t.competitionPastItsDeadline())),
            route("GET /api/v1/audit-events", "401 403 403 403 403 403 200", t -> Target.none()),
            route("GET /api/v1/audit-events/verify", "401 403 403 403 403 403 200", t -> Target.none()),
            route("GET /api/v1/audit-events/checkpoint", "401 403 403 403 403 403 200", t -> Target.none()),
            // A checkpoint the service never signed: auditors are answered valid: false.
            route(
                    "POST /api/v1/audit-events/checkpoint/verify",
                    "401 403 403 403 403 403 200",
                    t -> Target.body(
                            Map.of("id", 1, "hash", "0".repeat(64), "at", "2061-01-01T00:00:00Z", "signature", "x"))));

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Inject
    EntityManager em;

    @Inject
    NoticeBoard notices;

    @Inject
    OcdsConfig ocds;

    @Inject
    ProjectService projects;

    @Inject
    CatalogFixtures catalog;

    long vendorA;
    long roundId;
    long approvedListingOfVendorA;
    long importOfVendorA;
    long openProject;
    long closedProject;
    long batchId;
    long listingOfThisYear;
    List<Long> competingListings;

    @Test
    void everyRouteAnswersEachCallerAsTheTableSays() {
        Map<String, Route> table = new LinkedHashMap<>();
        TABLE.forEach(
                row -> assertThat(table.put(row.route(), row)).as(row.route()).isNull());
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(openApiRoutes());

        givenVendorAWithAListingAnImportAndABid();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Route row : TABLE) {
            String[] expected = row.expected().split(" ");
            assertThat(expected).as(row.route()).hasSize(Caller.values().length);
            for (Caller caller : Caller.values()) {
                int status = call(caller, row);
                if (status != Integer.parseInt(expected[caller.ordinal()])) {
                    wrong.add(
                            row.route() + " as " + caller + ": " + status + ", expected " + expected[caller.ordinal()]);
                }
                cells++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(TABLE.size() * Caller.values().length);
        System.out.println("access matrix: " + cells + " cells asserted over " + TABLE.size() + " routes");
    }

    private static TreeSet<String> openApiRoutes() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        TreeSet<String> routes = new TreeSet<>();
        paths.forEach((path, operations) ->
                operations.keySet().forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }

    private int call(Caller caller, Route row) {
        Target target = row.target().apply(this);
        String method = row.route().substring(0, row.route().indexOf(' '));
        String path = row.route().substring(method.length() + 1);
        if (target.id() != null) {
            path = path.replaceAll("\\{[^}]+}", String.valueOf(target.id()));
        }
        RequestSpecification request = as(caller).queryParams(target.query());
        if (target.body() instanceof Upload upload) {
            request.multiPart("roundId", String.valueOf(upload.roundId()))
                    .multiPart("file", "产品目录.xlsx", upload.file(), XLSX);
        } else if (target.body() != null) {
            request.contentType(ContentType.JSON).body(target.body());
        } else if (method.equals("POST")) {
            request.contentType(ContentType.JSON);
        }
        return request.request(method, path).then().extract().statusCode();
    }

    private static RequestSpecification as(Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        return caller.user == null ? request : request.auth().oauth2(Tokens.of(caller.user));
    }

    // Fixtures, made through the API by the callers themselves.

    private void givenVendorAWithAListingAnImportAndABid() {
        vendorA = register(Caller.VENDOR_A);
        register(Caller.VENDOR_B);
        roundId = openRound();
        listingOfVendorA();
        approvedListingOfVendorA = approvedListingOfVendorA();
        importOfVendorA = as(Caller.VENDOR_A)
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart(
                        "file",
                        "产品目录.xlsx",
                        aCatalog()
                                .row(DESKTOP, "矩阵", "导入-1", "标准配置", 5000)
                                .row(DESKTOP, "矩阵", "导入-2", "标准配置", "五千元")
                                .bytes(),
                        XLSX)
                .post("/api/v1/catalog-imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        awaitImport(importOfVendorA);
        openProject = publishedByOfficer();
        closedProject = publishedByOfficer();
        bid(Caller.VENDOR_A, closedProject);
        bid(Caller.VENDOR_A, openProject);
        // The bid deadline passes: bids are unsealed for officers, who open them.
        deadlinePassed(closedProject);
        as(Caller.OFFICER)
                .post("/api/v1/projects/" + closedProject + "/open-bids")
                .then()
                .statusCode(200);
        givenAShortlistOfThisYear();
        batchId = as(Caller.OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "矩阵批次", "year", YEAR))
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    // The deadline becomes this instant: the bids placed so far were on time, and any later request is after it.
    private void deadlinePassed(long projectId) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET bid_deadline = NOW(6) WHERE id = ?1")
                        .setParameter(1, projectId)
                        .executeUpdate());
    }

    private long register(Caller vendor) {
        long id = created(as(vendor).contentType(ContentType.JSON).body(registration()), "/api/v1/vendors/me");
        as(Caller.OFFICER).post("/api/v1/vendors/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static void bid(Caller vendor, long projectId) {
        as(vendor)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "860000.00"))
                .post("/api/v1/projects/" + projectId + "/bids")
                .then()
                .statusCode(201);
    }

    private static void awaitImport(long id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath body = as(Caller.VENDOR_A)
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (body.getString("status").equals("SUCCEEDED")) {
                assertThat(body.getInt("rejectedRows")).isEqualTo(1);
                return;
            }
            assertThat(body.getString("status")).isIn("QUEUED", "RUNNING");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    private static long created(RequestSpecification request, String path) {
        return request.post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long next() {
        return SEQUENCE.incrementAndGet();
    }

    // Orders buy from a round of this year: vendor A's listing and two other vendors' to compete with it.
    private void givenAShortlistOfThisYear() {
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        long round = created(
                as(Caller.OFFICER)
                        .contentType(ContentType.JSON)
                        .body(Map.of("year", year, "name", year + "年度矩阵入围", "categoryCodes", List.of(DESKTOP))),
                "/api/v1/catalog-rounds");
        listingOfThisYear = created(
                as(Caller.VENDOR_A)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "roundId",
                                round,
                                "categoryCode",
                                DESKTOP,
                                "brand",
                                "矩阵",
                                "model",
                                "订单-" + next(),
                                "specs",
                                "标准配置",
                                "unitPrice",
                                "4999.00")),
                "/api/v1/vendors/me/products");
        as(Caller.OFFICER)
                .post("/api/v1/products/" + listingOfThisYear + "/approve")
                .then()
                .statusCode(200);
        competingListings = new ArrayList<>(List.of(listingOfThisYear));
        for (int i = 0; i < 2; i++) {
            String subject = "matrix-competitor-" + next();
            Vendors.anActiveVendor(subject);
            competingListings.add(catalog.approvedListing(subject, round, DESKTOP, "矩阵", "竞价-" + next()));
        }
    }

    Map<String, Object> anOrder() {
        return Map.of(
                "lines", List.of(Map.of("productId", listingOfThisYear, "quantity", 1)), "deliveryAddress", "北京市海淀区");
    }

    /** A fresh order of vendor A's listing, placed by the officer and taken through the vendor's {@code steps}. */
    long orderOfVendorA(String... steps) {
        long id = created(as(Caller.OFFICER).contentType(ContentType.JSON).body(anOrder()), "/api/v1/orders");
        for (String step : steps) {
            as(Caller.VENDOR_A)
                    .contentType(ContentType.JSON)
                    .post("/api/v1/orders/" + id + "/" + step)
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    Map<String, Object> aCompetition() {
        return Map.of(
                "title",
                "矩阵二次竞价",
                "categoryCode",
                DESKTOP,
                "quantity",
                10,
                "requirement",
                "标准配置",
                "productIds",
                competingListings,
                "deadline",
                OffsetDateTime.now().plusDays(7).toString());
    }

    long competitionInvitingVendorA() {
        return created(as(Caller.OFFICER).contentType(ContentType.JSON).body(aCompetition()), "/api/v1/competitions");
    }

    long competitionPastItsDeadline() {
        long id = competitionInvitingVendorA();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE competition SET deadline = NOW(6) WHERE id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
        return id;
    }

    Map<String, Object> newCategory() {
        return Map.of("code", String.format("C%010d", next()), "name", "矩阵品目");
    }

    Map<String, Object> newRound() {
        return Map.of("year", YEAR, "name", YEAR + "年度矩阵入围", "categoryCodes", List.of(DESKTOP));
    }

    long openRound() {
        return created(as(Caller.OFFICER).contentType(ContentType.JSON).body(newRound()), "/api/v1/catalog-rounds");
    }

    Map<String, Object> registration() {
        return Map.of(
                "uscc", CatalogFixtures.newUscc(),
                "name", "矩阵科技有限公司" + next(),
                "contactName", "王五",
                "contactPhone", "010-68881234",
                "email", "matrix@example.cn");
    }

    /** A vendor's new details naming another company's USCC: refused, so the caller's company stays as it is. */
    Map<String, Object> detailsWithATakenUscc() {
        String uscc = CatalogFixtures.newUscc();
        catalog.activeVendor(CatalogFixtures.newSubject(), uscc);
        Map<String, Object> details = new HashMap<>(registration());
        details.put("uscc", uscc);
        return details;
    }

    long notice() {
        return QuarkusTransaction.requiringNew()
                .call(() -> notices.publish(
                        PublishNotice.ofProject(NoticeType.TENDER, "矩阵采购公告", YEAR, null, "矩阵公告正文", Map.of()),
                        Instant.now()))
                .id();
    }

    /** The id in the open data of a project with a published notice. */
    String ocid() {
        String code = "MX-" + next();
        QuarkusTransaction.requiringNew()
                .run(() -> notices.publish(
                        PublishNotice.ofProject(NoticeType.TENDER, "矩阵公开数据公告", YEAR, code, "矩阵公告正文", Map.of()),
                        Instant.now()));
        return ocds.ocidPrefix() + "-" + code;
    }

    long pendingVendor() {
        return Vendors.aPendingVendor("matrix-pending-" + next());
    }

    Map<String, Object> newListing() {
        return Map.of(
                "roundId",
                roundId,
                "categoryCode",
                DESKTOP,
                "brand",
                "矩阵",
                "model",
                "M-" + next(),
                "specs",
                "标准配置",
                "unitPrice",
                "4999.00");
    }

    long listingOfVendorA() {
        return created(
                as(Caller.VENDOR_A).contentType(ContentType.JSON).body(newListing()), "/api/v1/vendors/me/products");
    }

    long approvedListingOfVendorA() {
        long id = listingOfVendorA();
        as(Caller.OFFICER)
                .contentType(ContentType.JSON)
                .post("/api/v1/products/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    long pendingPriceChange() {
        return created(
                as(Caller.VENDOR_A).contentType(ContentType.JSON).body(Map.of("unitPrice", "4500.00", "reason", "让利")),
                "/api/v1/vendors/me/products/" + approvedListingOfVendorA() + "/price-changes");
    }

    Upload upload() {
        return new Upload(
                roundId, aCatalog().row(DESKTOP, "矩阵", "上传-" + next(), "", 4000).bytes());
    }

    Map<String, Object> newProject() {
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

    long draftByOfficer() {
        return created(as(Caller.OFFICER).contentType(ContentType.JSON).body(newProject()), "/api/v1/projects");
    }

    long draftByOfficer(String method) {
        Map<String, Object> project = new LinkedHashMap<>(newProject());
        project.put("method", method);
        return created(as(Caller.OFFICER).contentType(ContentType.JSON).body(project), "/api/v1/projects");
    }

    List<Long> threeVendors() {
        return List.of(
                vendorA,
                Vendors.anActiveVendor("matrix-invitee-" + next()),
                Vendors.anActiveVendor("matrix-invitee-" + next()));
    }

    long closedByOfficer() {
        long id = publishedByOfficer();
        deadlinePassed(id);
        return id;
    }

    /** A tender the officer created, with three bids that another officer opened once its deadline passed. */
    Target awardOfAnOpenedTender() {
        long id = publishedByOfficer();
        long first = 0;
        for (String amount : List.of("850000.00", "860000.00", "870000.00")) {
            String subject = "matrix-bidder-" + next();
            Vendors.anActiveVendor(subject);
            long bid = projects.placeBid(
                            new Actor(subject, subject, Roles.VENDOR, null), id, new PlaceBid(new BigDecimal(amount)))
                    .id();
            first = first == 0 ? bid : first;
        }
        deadlinePassed(id);
        as(Caller.SECOND_OFFICER)
                .post("/api/v1/projects/" + id + "/open-bids")
                .then()
                .statusCode(200);
        return new Target(id, Map.of(), Map.of("bidId", first));
    }

    Map<String, Object> aRecord() {
        return Map.of(
                "title",
                YEAR + "年中央集中采购登记",
                "year",
                YEAR,
                "categoryCode",
                DESKTOP,
                "method",
                "OPEN_TENDER",
                "budgetAmount",
                "900000.00",
                "awardedAmount",
                "850000.00",
                "vendorId",
                vendorA,
                "awardedAt",
                OffsetDateTime.now().minusDays(1).toString(),
                "reference",
                "GC-" + YEAR + "-" + next());
    }

    long recordedByOfficer() {
        return created(as(Caller.OFFICER).contentType(ContentType.JSON).body(aRecord()), "/api/v1/projects/records");
    }

    Map<String, Object> deadline() {
        return Map.of("bidDeadline", OffsetDateTime.now().plusDays(7).toString());
    }

    long publishedByOfficer() {
        long id = draftByOfficer();
        as(Caller.OFFICER)
                .contentType(ContentType.JSON)
                .body(deadline())
                .post("/api/v1/projects/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    Map<String, Object> mergeOfTwoDrafts() {
        return Map.of("title", "合并采购", "projectIds", List.of(draftByOfficer(), draftByOfficer()));
    }

    long batchWithADraft() {
        long batch = created(
                as(Caller.OFFICER).contentType(ContentType.JSON).body(Map.of("name", "同批采购", "year", YEAR)),
                "/api/v1/batches");
        Map<String, Object> project = new LinkedHashMap<>(newProject());
        project.put("batchId", batch);
        created(as(Caller.OFFICER).contentType(ContentType.JSON).body(project), "/api/v1/projects");
        return batch;
    }
}
