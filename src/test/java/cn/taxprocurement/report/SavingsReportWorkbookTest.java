package cn.taxprocurement.report;

import static cn.taxprocurement.report.Downloads.assertFigure;
import static cn.taxprocurement.report.Downloads.body;
import static cn.taxprocurement.report.Downloads.labelled;
import static cn.taxprocurement.report.Downloads.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavingsReportWorkbookTest {
    private static final int YEAR = 2081;
    private static final String FORMULA_VENDOR = "=HYPERLINK(\"http://x\",\"y\")";
    private static final Actor CREATOR = new Actor("officer-xlsx-1", "officer-xlsx-1", Roles.OFFICER, null);
    private static final Actor AWARDER = new Actor("officer-xlsx-2", "officer-xlsx-2", Roles.OFFICER, null);
    private static final List<ProjectView> AWARDED = new ArrayList<>();
    private static final Map<Long, String> VENDOR_NAMES = new HashMap<>();

    @Inject
    ProjectService projects;

    @Inject
    VendorService vendors;

    @BeforeEach
    void awardTheYearOnce() {
        if (!AWARDED.isEmpty()) {
            return;
        }
        long plain = vendor("华为技术有限公司");
        long formula = vendor(FORMULA_VENDOR);
        awarded("A02010104", ProcurementMethod.OPEN_TENDER, "1520000.00", "1404480.00", plain);
        awarded("A02010104", ProcurementMethod.OPEN_TENDER, "333333.33", "300000.01", formula);
        awarded("A02010103", ProcurementMethod.COMPETITIVE_NEGOTIATION, "2000000.00", "1999999.99", plain);
        awarded("A02010105", ProcurementMethod.SINGLE_SOURCE, "880000.00", "880000.00", formula);
        projects.create(CREATOR, command("A02010104", ProcurementMethod.OPEN_TENDER, "990000.00"));
    }

    private long vendor(String name) {
        String subject = CatalogFixtures.newSubject();
        long id = vendors.register(
                        CatalogFixtures.vendor(subject),
                        new VendorRequests.Register(
                                CatalogFixtures.newUscc(), name, "王五", "010-88886666", "bid@example.cn"))
                .id();
        vendors.approve(CatalogFixtures.OFFICER, id);
        VENDOR_NAMES.put(id, name);
        return id;
    }

    /** A result procured elsewhere, recorded by one officer and confirmed by another: it counts as AWARDED. */
    private void awarded(String category, ProcurementMethod method, String budget, String award, long vendor) {
        ProjectView recorded = projects.record(
                CREATOR,
                new RecordResult(
                        YEAR + "年信息化设备采购",
                        YEAR,
                        category,
                        method,
                        new BigDecimal(budget),
                        new BigDecimal(award),
                        vendor,
                        OffsetDateTime.now().minusDays(1),
                        "ZFCG-" + YEAR + "-" + budget));
        AWARDED.add(projects.confirm(AWARDER, recorded.id()));
    }

    private static CreateProject command(String category, ProcurementMethod method, String budget) {
        return new CreateProject(YEAR + "年信息化设备采购", YEAR, category, method, new BigDecimal(budget), null);
    }

    @Test
    @TestSecurity(user = "manager-xlsx", roles = "manager")
    void theWorkbookShowsEveryFigureOfTheJsonReportForTheSameYear() throws Exception {
        JsonPath json = Downloads.json("savings", YEAR);
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("savings", YEAR))) {
            Sheet summary = workbook.getSheet("汇总");
            assertFigure(json.get("year"), labelled(summary, "年度"), 1);
            assertFigure(json.get("projectCount"), labelled(summary, "项目数"), 1);
            assertFigure(json.get("budgetTotal"), labelled(summary, "预算金额(元)"), 1);
            assertFigure(json.get("awardedTotal"), labelled(summary, "成交金额(元)"), 1);
            assertFigure(json.get("savingsTotal"), labelled(summary, "节约金额(元)"), 1);
            assertFigure(json.get("savingsRate"), labelled(summary, "节约率(%)"), 1);
            assertEquals("manager-xlsx", text(labelled(summary, "生成人"), 1));

            List<Row> categories = body(workbook.getSheet("按品目"));
            List<Map<String, Object>> byCategory = json.getList("byCategory");
            assertEquals(byCategory.size() + 1, categories.size(), "one row per category and 合计");
            for (int i = 0; i < byCategory.size(); i++) {
                Map<String, Object> group = byCategory.get(i);
                Row row = categories.get(i);
                assertEquals(group.get("categoryCode"), text(row, 0));
                assertEquals(group.get("categoryName"), text(row, 1));
                assertGroupFigures(group, row, 2);
            }
            assertTotals(json, categories.get(byCategory.size()), 2);

            List<Row> methods = body(workbook.getSheet("按采购方式"));
            List<Map<String, Object>> byMethod = json.getList("byMethod");
            assertEquals(byMethod.size() + 1, methods.size(), "one row per method and 合计");
            for (int i = 0; i < byMethod.size(); i++) {
                Map<String, Object> group = byMethod.get(i);
                Row row = methods.get(i);
                assertEquals(group.get("methodName"), text(row, 0));
                assertGroupFigures(group, row, 1);
            }
            assertTotals(json, methods.get(byMethod.size()), 1);
        }
    }

    private static void assertGroupFigures(Map<String, Object> group, Row row, int first) {
        BigDecimal budget = (BigDecimal) group.get("budgetTotal");
        BigDecimal awarded = (BigDecimal) group.get("awardedTotal");
        assertFigure(group.get("projectCount"), row, first);
        assertFigure(budget, row, first + 1);
        assertFigure(awarded, row, first + 2);
        assertFigure(budget.subtract(awarded), row, first + 3);
        assertFigure(group.get("savingsRate"), row, first + 4);
    }

    private static void assertTotals(JsonPath json, Row total, int first) {
        assertEquals("合计", text(total, 0));
        assertFigure(json.get("projectCount"), total, first);
        assertFigure(json.get("budgetTotal"), total, first + 1);
        assertFigure(json.get("awardedTotal"), total, first + 2);
        assertFigure(json.get("savingsTotal"), total, first + 3);
        assertFigure(json.get("savingsRate"), total, first + 4);
    }

    @Test
    @TestSecurity(user = "officer-xlsx-reader", roles = "officer")
    void theDetailSheetListsEveryAwardedProjectOfTheYearAndNothingElse() throws Exception {
        List<ProjectView> expected =
                AWARDED.stream().sorted(Comparator.comparing(ProjectView::code)).toList();
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("savings", YEAR))) {
            List<Row> rows = body(workbook.getSheet("项目明细"));
            assertEquals(expected.size(), rows.size());
            for (int i = 0; i < expected.size(); i++) {
                ProjectView project = expected.get(i);
                Row row = rows.get(i);
                BigDecimal savings = project.budgetAmount().subtract(project.awardedAmount());
                assertEquals(project.code(), text(row, 0));
                assertEquals(project.title(), text(row, 1));
                assertEquals(project.categoryCode(), text(row, 2));
                assertEquals(categoryName(project.categoryCode()), text(row, 3));
                assertEquals(project.methodName(), text(row, 4));
                assertFigure(project.budgetAmount(), row, 5);
                assertFigure(project.awardedAmount(), row, 6);
                assertFigure(savings, row, 7);
                assertFigure(
                        savings.multiply(BigDecimal.valueOf(100))
                                .divide(project.budgetAmount(), 2, RoundingMode.HALF_UP),
                        row,
                        8);
                assertEquals(VENDOR_NAMES.get(project.awardedVendorId()), text(row, 9));
                assertEquals(
                        project.awardedAt()
                                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                                .toLocalDate(),
                        row.getCell(10).getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    private static String categoryName(String code) {
        return switch (code) {
            case "A02010103" -> "服务器";
            case "A02010104" -> "台式计算机";
            case "A02010105" -> "便携式计算机";
            default -> throw new IllegalArgumentException(code);
        };
    }

    @Test
    @TestSecurity(user = "manager-xlsx", roles = "manager")
    void aVendorNamedLikeAFormulaStaysTextAndTheSummaryCarriesTheChart() throws Exception {
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("savings", YEAR))) {
            List<String> vendorCells = body(workbook.getSheet("项目明细")).stream()
                    .map(row -> text(row, 9))
                    .toList();
            assertTrue(vendorCells.contains(FORMULA_VENDOR), vendorCells.toString());
            XSSFSheet summary = workbook.getSheet("汇总");
            assertFalse(summary.getDrawingPatriarch().getCharts().isEmpty(), "chart of savings by category");
        }
    }

    @Test
    @TestSecurity(user = "manager-xlsx", roles = "manager")
    void theChineseFileNameSurvivesTheHeader() {
        Response download = Downloads.download("savings", YEAR);
        assertEquals("节约率报表-" + YEAR + ".xlsx", Downloads.fileName(download));
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\"savings-2081.xlsx\""));
    }

    @Test
    @TestSecurity(
            user = "manager-auditor-xlsx",
            roles = {"manager", "auditor"})
    void eachDownloadIsAuditedWithWhoAndWhichReport() {
        Downloads.download("savings", YEAR);

        given().queryParam("action", "REPORT_DOWNLOADED")
                .queryParam("actor", "manager-auditor-xlsx")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].entityType", equalTo("Report"))
                .body("items[0].entityId", equalTo("savings-" + YEAR))
                .body("items[0].summary", equalTo("下载节约率报表（" + YEAR + "年，Excel）"));
    }

    @Test
    @TestSecurity(user = "officer-xlsx-reader", roles = "officer")
    void aMissingOrOutOfRangeYearIsRefused() {
        given().when()
                .get("/api/v1/reports/savings.xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        given().queryParam("year", 2101)
                .when()
                .get("/api/v1/reports/savings.xlsx")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    @Test
    void anAnonymousCallerGets401() {
        given().queryParam("year", YEAR)
                .redirects()
                .follow(false)
                .when()
                .get("/api/v1/reports/savings.xlsx")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "vendor-xlsx", roles = "vendor")
    void aVendorCannotDownloadTheSavingsReport() {
        given().queryParam("year", YEAR)
                .when()
                .get("/api/v1/reports/savings.xlsx")
                .then()
                .statusCode(403);
    }
}
