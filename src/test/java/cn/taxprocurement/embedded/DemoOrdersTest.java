package cn.taxprocurement.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoOrdersTest {

    @Inject
    DemoCatalog catalog;

    @Inject
    DemoOrders demo;

    @Test
    @TestSecurity(user = "manager-demo-orders", roles = "manager")
    void theDemoOrdersShowEveryStateForBothUnitsAndACompetitionThatEndedInAnOrder() {
        demo.load(catalog.load());
        int year = Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();

        given().queryParam("year", year)
                .queryParam("unit", DemoOrders.HEAD_OFFICE)
                .queryParam("size", 200)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.status", hasItems("PLACED", "DELIVERED", "ACCEPTED", "CANCELLED"))
                .body("items.method", hasItems("DIRECT_SELECTION", "COMPETITION"));
        given().queryParam("year", year)
                .queryParam("unit", DemoOrders.GUANGDONG)
                .queryParam("size", 200)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.status", hasItems("CONFIRMED", "ACCEPTED", "DECLINED"));
        // The competition's lowest quote (4180.00 for 120 desktops) became the order.
        given().queryParam("year", year)
                .queryParam("unit", DemoOrders.HEAD_OFFICE)
                .queryParam("size", 200)
                .get("/api/v1/orders")
                .then()
                .body("items.find { it.method == 'COMPETITION' }.total", equalTo(501600.00f))
                .body("items.find { it.method == 'COMPETITION' }.lines[0].listedPrice", equalTo(4390.00f));
    }
}
