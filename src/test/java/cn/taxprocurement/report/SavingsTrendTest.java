package cn.taxprocurement.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavingsTrendTest {
    private static final Actor RECORDER = new Actor("trend-recorder", "trend-recorder", Roles.OFFICER, null);
    private static final Actor CONFIRMER = new Actor("trend-confirmer", "trend-confirmer", Roles.OFFICER, null);
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));

    @Inject
    ProjectService projects;

    @Test
    @TestSecurity(user = "trend-manager", roles = "manager")
    void everyYearOfTheSpanIsListedWithItsSavingsAndSplitByCategoryOrMethod() {
        long vendor = Vendors.anActiveVendor("trend-vendor-" + System.nanoTime());
        awarded(2056, "A02010104", ProcurementMethod.OPEN_TENDER, "1000000.00", "900000.00", vendor);
        awarded(2056, "A02010105", ProcurementMethod.SINGLE_SOURCE, "500000.00", "490000.00", vendor);
        awarded(2058, "A02010104", ProcurementMethod.OPEN_TENDER, "2000000.00", "1700000.00", vendor);

        given().config(DECIMALS)
                .queryParam("from", 2056)
                .queryParam("to", 2058)
                .queryParam("by", "category")
                .when()
                .get("/api/v1/reports/savings/trend")
                .then()
                .statusCode(200)
                .body("years.year", contains(2056, 2057, 2058))
                .body("years.projectCount", contains(2, 0, 1))
                .body("years[0].budgetTotal", equalTo(new BigDecimal("1500000.00")))
                .body("years[0].savingsRate", equalTo(new BigDecimal("7.33")))
                .body("years[1].savingsRate", nullValue())
                .body("years[0].groups.key", contains("A02010104", "A02010105"))
                .body("years[0].groups.name", contains("台式计算机", "便携式计算机"))
                .body("years[2].groups[0].savingsRate", equalTo(new BigDecimal("15.00")));

        given().queryParam("from", 2056)
                .queryParam("to", 2056)
                .queryParam("by", "method")
                .when()
                .get("/api/v1/reports/savings/trend")
                .then()
                .statusCode(200)
                .body("years[0].groups.key", contains("OPEN_TENDER", "SINGLE_SOURCE"))
                .body("years[0].groups.name", contains("公开招标", "单一来源"));
    }

    @Test
    @TestSecurity(user = "trend-manager-bad", roles = "manager")
    void aSpanBackwardsOrLongerThanTwentyYearsOrAnUnknownSplitIsRefused() {
        trend(2020, 2019, null).then().statusCode(400).body("code", equalTo(RefusalCode.TREND_SPAN.name()));
        trend(2000, 2020, null).then().statusCode(400).body("errors[0].field", equalTo("to"));
        trend(2001, 2020, null).then().statusCode(200);
        trend(2018, 2019, "vendor").then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().queryParam("to", 2019)
                .when()
                .get("/api/v1/reports/savings/trend")
                .then()
                .statusCode(400);
    }

    private static Response trend(int from, int to, String by) {
        RequestSpecification request = given().queryParam("from", from).queryParam("to", to);
        if (by != null) {
            request.queryParam("by", by);
        }
        return request.when().get("/api/v1/reports/savings/trend");
    }

    private void awarded(
            int year, String category, ProcurementMethod method, String budget, String awarded, long vendor) {
        long id = projects.record(
                        RECORDER,
                        new RecordResult(
                                year + "年趋势测试项目",
                                year,
                                category,
                                method,
                                new BigDecimal(budget),
                                new BigDecimal(awarded),
                                vendor,
                                OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)),
                                "QS-" + System.nanoTime()))
                .id();
        projects.confirm(CONFIRMER, id);
    }
}
