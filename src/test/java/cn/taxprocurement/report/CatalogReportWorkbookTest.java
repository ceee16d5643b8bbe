package cn.taxprocurement.report;

import static cn.taxprocurement.report.Downloads.assertFigure;
import static cn.taxprocurement.report.Downloads.body;
import static cn.taxprocurement.report.Downloads.labelled;
import static cn.taxprocurement.report.Downloads.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogReportWorkbookTest {
    private static final int YEAR = 2083;
    private static final String SERVER = "A02010103";
    private static final String DESKTOP = "A02010104";
    private static final String FORMULA_VENDOR = "=HYPERLINK(\"http://x\",\"y\")";
    private static final List<Listed> APPROVED = new ArrayList<>();

    /** An approved listing as the 产品明细 sheet must show it. */
    record Listed(String categoryCode, String categoryName, String vendor, String uscc, String brand, String model) {}

    @Inject
    CatalogFixtures fixtures;

    @Inject
    VendorService vendors;

    @BeforeEach
    void approveTheYearsOnce() {
        if (!APPROVED.isEmpty()) {
            return;
        }
        String plain = CatalogFixtures.newSubject();
        String plainUscc = CatalogFixtures.newUscc();
        fixtures.activeVendor(plain, plainUscc);
        String formula = CatalogFixtures.newSubject();
        String formulaUscc = CatalogFixtures.newUscc();
        long formulaId = vendors.register(
                        CatalogFixtures.vendor(formula),
                        new VendorRequests.Register(formulaUscc, FORMULA_VENDOR, "赵六", "010-66668888", "x@example.cn"))
                .id();
        vendors.approve(CatalogFixtures.OFFICER, formulaId);

        long before = fixtures.openRound(YEAR - 1, SERVER, DESKTOP);
        fixtures.approvedListing(plain, before, DESKTOP, "联想", "启天M437");
        fixtures.approvedListing(plain, before, SERVER, "浪潮", "NF5280M6");

        long round = fixtures.openRound(YEAR, SERVER, DESKTOP);
        approved(plain, plainUscc, "测试科技有限公司", round, DESKTOP, "台式计算机", "联想", "启天M455");
        approved(formula, formulaUscc, FORMULA_VENDOR, round, DESKTOP, "台式计算机", "+86长城", "@世恒");
        approved(plain, plainUscc, "测试科技有限公司", round, SERVER, "服务器", "华为", "TaiShan 200");
        approved(formula, formulaUscc, FORMULA_VENDOR, round, SERVER, "服务器", "-曙光", "I620-G30");
        fixtures.reject(fixtures.listing(formula, round, SERVER, "同方", "超强R620"));
        fixtures.listing(plain, round, DESKTOP, "方正", "求实");
        APPROVED.sort((a, b) -> a.categoryCode().compareTo(b.categoryCode()));
    }

    private void approved(
            String subject,
            String uscc,
            String vendor,
            long round,
            String category,
            String categoryName,
            String brand,
            String model) {
        fixtures.approvedListing(subject, round, category, brand, model);
        APPROVED.add(new Listed(category, categoryName, vendor, uscc, brand, model));
    }

    @Test
    @TestSecurity(user = "manager-catalog-xlsx", roles = "manager")
    void theWorkbookShowsEveryFigureOfTheJsonReportForTheSameYear() throws Exception {
        JsonPath json = Downloads.json("catalog", YEAR);
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("catalog", YEAR))) {
            Sheet summary = workbook.getSheet("汇总");
            assertEquals(YEAR + "年", summary.getRow(0).getCell(1).getStringCellValue());
            assertEquals((YEAR - 1) + "年", summary.getRow(0).getCell(2).getStringCellValue());
            assertYear(json, summary, "品目数", "categoryCount", null);
            assertYear(json, summary, "供应商数", "vendorCount", "vendorGrowthRate");
            assertYear(json, summary, "产品数", "productCount", "productGrowthRate");
            assertYear(json, summary, "品牌数", "brandCount", null);
            assertEquals("manager-catalog-xlsx", text(labelled(summary, "生成人"), 1));

            List<Row> categories = body(workbook.getSheet("按品目"));
            List<Map<String, Object>> byCategory = json.getList("byCategory");
            assertEquals(byCategory.size() + 1, categories.size(), "one row per category and 合计");
            for (int i = 0; i < byCategory.size(); i++) {
                Map<String, Object> category = byCategory.get(i);
                Row row = categories.get(i);
                assertEquals(category.get("categoryCode"), text(row, 0));
                assertEquals(category.get("categoryName"), text(row, 1));
                assertFigure(category.get("vendorCount"), row, 2);
                assertFigure(category.get("productCount"), row, 3);
                assertFigure(category.get("brandCount"), row, 4);
            }
            Row total = categories.get(byCategory.size());
            assertEquals("合计", text(total, 0));
            assertFigure(json.get("vendorCount"), total, 2);
            assertFigure(json.get("productCount"), total, 3);
            assertFigure(json.get("brandCount"), total, 4);
        }
    }

    private static void assertYear(JsonPath json, Sheet summary, String label, String count, String growth) {
        Row row = labelled(summary, label);
        assertFigure(json.get(count), row, 1);
        assertFigure(json.get("previousYear." + count), row, 2);
        if (growth != null) {
            assertFigure(json.get(growth), row, 3);
        }
    }

    @Test
    @TestSecurity(user = "officer-catalog-xlsx", roles = "officer")
    void theProductSheetListsEveryApprovedProductOfTheYearWithVendorTextKeptAsText() throws Exception {
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("catalog", YEAR))) {
            List<Row> rows = body(workbook.getSheet("产品明细"));
            assertEquals(APPROVED.size(), rows.size());
            for (int i = 0; i < APPROVED.size(); i++) {
                Listed listed = APPROVED.get(i);
                Row row = rows.get(i);
                assertEquals(listed.categoryCode(), text(row, 0));
                assertEquals(listed.categoryName(), text(row, 1));
                assertEquals(listed.vendor(), text(row, 2));
                assertEquals(listed.uscc(), text(row, 3));
                assertEquals(listed.brand(), text(row, 4));
                assertEquals(listed.model(), text(row, 5));
                assertEquals("标准配置", text(row, 6));
                assertFigure(new BigDecimal("4999.00"), row, 7);
            }
        }
    }

    @Test
    @TestSecurity(
            user = "manager-auditor-catalog-xlsx",
            roles = {"manager", "auditor"})
    void eachDownloadIsAuditedUnderItsChineseFileName() {
        Response download = Downloads.download("catalog", YEAR);
        assertEquals("入围目录报表-" + YEAR + ".xlsx", Downloads.fileName(download));

        given().queryParam("action", "REPORT_DOWNLOADED")
                .queryParam("actor", "manager-auditor-catalog-xlsx")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].entityId", equalTo("catalog-" + YEAR))
                .body("items[0].summary", equalTo("下载入围目录报表（" + YEAR + "年，Excel）"));
    }

    @Test
    @TestSecurity(user = "manager-catalog-xlsx", roles = "manager")
    void aMissingOrOutOfRangeYearIsRefused() {
        given().when()
                .get("/api/v1/reports/catalog.xlsx")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
        given().queryParam("year", 1999)
                .when()
                .get("/api/v1/reports/catalog.xlsx")
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
                .get("/api/v1/reports/catalog.xlsx")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "vendor-catalog-xlsx", roles = "vendor")
    void aVendorCannotDownloadTheCatalogReport() {
        given().queryParam("year", YEAR)
                .when()
                .get("/api/v1/reports/catalog.xlsx")
                .then()
                .statusCode(403);
    }
}
