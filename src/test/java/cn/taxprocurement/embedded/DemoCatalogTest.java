package cn.taxprocurement.embedded;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoCatalogTest {
    @Inject
    DemoCatalog demo;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "manager-demo", roles = "manager")
    void demoCatalogReproducesTheYearbookFiguresOf2018And2019() {
        List<Long> activeVendors = demo.load();

        assertThat(activeVendors).hasSize(98).doesNotHaveDuplicates();
        given().queryParam("year", 2019)
                .when()
                .get("/api/v1/reports/catalog")
                .then()
                .statusCode(200)
                .body("categoryCount", equalTo(9))
                .body("vendorCount", equalTo(98))
                .body("productCount", equalTo(2435))
                .body("previousYear.year", equalTo(2018))
                .body("previousYear.categoryCount", equalTo(8))
                .body("previousYear.vendorCount", equalTo(77))
                .body("previousYear.productCount", equalTo(1385))
                .body("productGrowthRate", equalTo(75.81f))
                .body("vendorGrowthRate", equalTo(27.27f))
                .body("byCategory", hasSize(9));
        assertThat(demo.load()).containsExactlyInAnyOrderElementsOf(activeVendors);
    }

    @Test
    @TestSecurity(user = "manager-demo-prices", roles = "manager")
    void demoCatalogHasPriceCutsWithTheirHistoryAndListingsWithFlaggedPrices() {
        demo.load();
        List<?> pointsPerCutListing = em.createNativeQuery("SELECT COUNT(*) FROM price_history h"
                        + " WHERE h.product_id IN (SELECT product_id FROM price_change WHERE status = 'APPROVED'"
                        + " AND reason LIKE '演示数据%') GROUP BY h.product_id ORDER BY COUNT(*) DESC")
                .getResultList();
        assertThat(pointsPerCutListing).extracting(n -> ((Number) n).intValue()).containsExactly(3, 2, 2);
        int round2019 = given().queryParam("year", 2019)
                .get("/api/v1/catalog-rounds")
                .then()
                .extract()
                .path("[0].id");
        given().queryParam("roundId", round2019)
                .queryParam("flagged", true)
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(4))
                .body("items.model", hasItem("启天M430"));
    }
}
