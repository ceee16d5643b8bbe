package cn.taxprocurement.report;

import static cn.taxprocurement.report.Downloads.assertFigure;
import static cn.taxprocurement.report.Downloads.body;
import static cn.taxprocurement.report.Downloads.text;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PriceAnomalySheetTest {
    private static final int YEAR = 2048;
    private static final String DESKTOP = "A02010104";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ProductService products;

    private long list(String subject, long roundId, String model, String price) {
        return products.list(
                        CatalogFixtures.vendor(subject),
                        new ProductRequests.Create(roundId, DESKTOP, "联想", model, "标准配置", new BigDecimal(price)))
                .id();
    }

    private String vendor() {
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        return subject;
    }

    @Test
    @TestSecurity(user = "manager-anomaly-xlsx", roles = "manager")
    void theCatalogWorkbookListsTheYearsApprovedListingsWhosePriceIsFlaggedWithTheirCheck() throws Exception {
        long roundId = fixtures.openRound(YEAR, DESKTOP);
        List<Long> approved = new ArrayList<>();
        for (String price : List.of("4500", "4600", "4800")) {
            approved.add(list(vendor(), roundId, "启天M430", price));
        }
        long dear = list(vendor(), roundId, "启天M430", "12000");
        // Flagged too, but never approved: not in the catalog, so not in its report.
        list(vendor(), roundId, "启天M430", "200");
        approved.forEach(id -> products.approve(CatalogFixtures.OFFICER, id));
        products.approve(CatalogFixtures.OFFICER, dear, new PriceRequests.Approve("含三年上门保修"));

        try (XSSFWorkbook workbook = Downloads.open(Downloads.download("catalog", YEAR))) {
            assertThat(workbook.getSheetName(2)).isEqualTo("产品明细");
            assertThat(workbook.getSheetName(3)).isEqualTo("价格异常");
            Sheet sheet = workbook.getSheet("价格异常");
            assertThat(text(sheet.getRow(0), 6)).isEqualTo("可比产品数");
            List<Row> rows = body(sheet);
            assertThat(rows).hasSize(1);
            Row row = rows.get(0);
            assertThat(text(row, 0)).isEqualTo("测试科技有限公司");
            assertThat(text(row, 1)).isEqualTo(DESKTOP);
            assertThat(text(row, 2)).isEqualTo("台式计算机");
            assertThat(text(row, 3)).isEqualTo("联想");
            assertThat(text(row, 4)).isEqualTo("启天M430");
            assertFigure(new BigDecimal("12000.00"), row, 5);
            // Other vendors of 启天M430, SUBMITTED or APPROVED: 200, 4,500, 4,600, 4,800.
            assertFigure(4, row, 6);
            assertFigure(new BigDecimal("4550.00"), row, 7);
            assertFigure(new BigDecimal("2.64"), row, 8);
        }
    }
}
