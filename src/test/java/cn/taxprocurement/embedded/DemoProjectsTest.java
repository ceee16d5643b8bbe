package cn.taxprocurement.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import cn.taxprocurement.fixtures.OcdsSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoProjectsTest {

    @Inject
    DemoCatalog catalog;

    @Inject
    DemoProjects demo;

    @Test
    @TestSecurity(
            user = "manager-demo",
            roles = {"manager", "auditor"})
    void theDemoProjectsReproduceTheYearbooksSavingsOf2018AndShowA2019TenderAtEveryStep() {
        demo.load(catalog.load());

        given().config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)))
                .queryParam("year", 2018)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(200)
                .body("projectCount", equalTo(80))
                .body("budgetTotal", equalTo(new BigDecimal("1221000000.00")))
                .body("awardedTotal", equalTo(new BigDecimal("1128081900.00")))
                .body("savingsTotal", equalTo(new BigDecimal("92918100.00")))
                .body("savingsRate", equalTo(new BigDecimal("7.61")))
                .body(
                        "byMethod.method",
                        containsInAnyOrder(
                                "OPEN_TENDER",
                                "INVITED_TENDER",
                                "COMPETITIVE_NEGOTIATION",
                                "COMPETITIVE_CONSULTATION",
                                "SINGLE_SOURCE",
                                "REQUEST_FOR_QUOTATION",
                                "FRAMEWORK_AGREEMENT"))
                .body("byCategory.categoryCode", hasItems("A02010103", "A02010104", "A02010105", "A0201060102"));

        given().queryParam("year", 2019)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body(
                        "items.status",
                        hasItems("DRAFT", "PUBLISHED", "FAILED", "CANCELLED", "MERGED", "AWARDED", "RECORDED"))
                .body("items.bidsOpenedAt.findAll { it != null }.size()", equalTo(3));

        given().config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)))
                .queryParam("year", 2019)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(200)
                .body("projectCount", equalTo(65))
                .body("budgetTotal", equalTo(new BigDecimal("1035000000.00")))
                .body("awardedTotal", equalTo(new BigDecimal("950800000.00")))
                .body("savingsRate", equalTo(new BigDecimal("8.14")));

        given().queryParam("actor", "演示采购复核人")
                .queryParam("action", "PROJECT_CONFIRMED")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(80 + 64));
        given().queryParam("actor", "演示采购复核人")
                .queryParam("action", "PROJECT_AWARDED")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().when().get("/api/v1/audit-events/verify").then().body("valid", equalTo(true));

        given().queryParam("year", 2018)
                .when()
                .get("/api/v1/reports/yearbook")
                .then()
                .statusCode(200)
                .body(
                        "text",
                        equalTo("2018年，完成信息化采购项目80个，预算金额为12.21亿元，采购金额为11.28亿元，资金节约率约7.61%；"
                                + "组织完成8类信息化产品入围采购，共有77家供应商、1385种产品入围。"));
        given().queryParam("year", 2019)
                .when()
                .get("/api/v1/reports/yearbook")
                .then()
                .statusCode(200)
                .body("text", containsString("组织完成9类信息化产品入围采购，共有98家供应商、2435种产品入围，入围产品数量较上年增长76%。"));

        // Every notice of both years is open data that validates against the OCDS 1.1 schemas.
        for (int year : new int[] {2018, 2019}) {
            String releases = given().queryParam("year", year)
                    .queryParam("size", 200)
                    .when()
                    .get("/api/v1/public/ocds/releases")
                    .then()
                    .statusCode(200)
                    .body("releases.size()", greaterThan(year == 2018 ? 79 : 10))
                    .extract()
                    .asString();
            OcdsSchemas.assertValidReleasePackage(releases);
            String ocid = JsonPath.from(releases).getString("releases.last().ocid");
            OcdsSchemas.assertValidRecordPackage(given().when()
                    .get("/api/v1/public/ocds/records/" + ocid)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        given().queryParam("year", 2018)
                .queryParam("type", "RESULT")
                .when()
                .get("/api/v1/public/notices")
                .then()
                .body("total", equalTo(80))
                .body("items[0].publishedAt", startsWith("2018-"));
    }
}
