package cn.taxprocurement.report;

import static cn.taxprocurement.report.Downloads.assertFigure;
import static cn.taxprocurement.report.Downloads.body;
import static cn.taxprocurement.report.Downloads.labelled;
import static cn.taxprocurement.report.Downloads.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * catalog.xlsx counts its figures from the listings it writes; they must be the JSON report's, which the database
 * counts, also where the two could part: brands that the database's collation holds equal though their keys differ,
 * several rounds in a year, a closed round and a listing suspended since it closed.
 */
@QuarkusTest
class CatalogWorkbookFiguresTest {
    private static final int YEAR = 2082;
    private static final String SERVER = "A02010103";
    private static final String DESKTOP = "A02010104";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ProductService products;

    @Test
    @TestSecurity(user = "manager-catalog-figures", roles = "manager")
    void theWorkbookCountsWhatTheJsonReportCountsWhenBrandKeysDifferOnlyInAccentsOrSharpS() throws Exception {
        String a = CatalogFixtures.newSubject();
        String b = CatalogFixtures.newSubject();
        fixtures.activeVendor(a);
        fixtures.activeVendor(b);
        fixtures.approvedListing(a, fixtures.openRound(YEAR - 1, DESKTOP), DESKTOP, "联想", "启天M437");

        long open = fixtures.openRound(YEAR, SERVER, DESKTOP);
        fixtures.approvedListing(a, open, DESKTOP, "Café", "M1");
        fixtures.approvedListing(b, open, DESKTOP, "CAFE", "M2");
        fixtures.approvedListing(a, open, SERVER, "Straße", "S1");
        fixtures.approvedListing(b, open, SERVER, "STRASSE", "S2");
        fixtures.listing(b, open, SERVER, "浪潮", "NF5280M6");
        long closed = fixtures.openRound(YEAR, DESKTOP);
        fixtures.approvedListing(a, closed, DESKTOP, "café", "M3");
        long suspended = fixtures.approvedListing(b, closed, DESKTOP, "华为", "擎云W515");
        fixtures.closeRound(closed);
        products.suspend(CatalogFixtures.OFFICER, suspended, new PriceRequests.Reason("质量抽检不合格"));

        JsonPath json = Downloads.json("catalog", YEAR);
        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("catalog", YEAR))) {
            Sheet summary = workbook.getSheet("汇总");
            for (String[] figure : List.of(
                    new String[] {"品目数", "categoryCount"},
                    new String[] {"供应商数", "vendorCount"},
                    new String[] {"产品数", "productCount"},
                    new String[] {"品牌数", "brandCount"})) {
                Row row = labelled(summary, figure[0]);
                assertFigure(json.get(figure[1]), row, 1);
                assertFigure(json.get("previousYear." + figure[1]), row, 2);
            }
            List<Row> categories = body(workbook.getSheet("按品目"));
            List<Map<String, Object>> byCategory = json.getList("byCategory");
            assertEquals(byCategory.size() + 1, categories.size());
            for (int i = 0; i < byCategory.size(); i++) {
                Row row = categories.get(i);
                assertEquals(byCategory.get(i).get("categoryCode"), text(row, 0));
                assertFigure(byCategory.get(i).get("vendorCount"), row, 2);
                assertFigure(byCategory.get(i).get("productCount"), row, 3);
                assertFigure(byCategory.get(i).get("brandCount"), row, 4);
            }
            assertFigure(json.get("brandCount"), categories.get(byCategory.size()), 4);
            assertEquals(
                    json.getLong("productCount"),
                    body(workbook.getSheet("产品明细")).size());
        }
    }
}
