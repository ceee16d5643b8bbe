package cn.taxprocurement.embedded;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoCatalogTest {
    @Inject
    DemoCatalog demo;

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
}
