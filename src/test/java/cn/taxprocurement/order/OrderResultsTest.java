package cn.taxprocurement.order;

import static cn.taxprocurement.order.Shortlist.OFFICER;
import static cn.taxprocurement.order.Shortlist.THIS_YEAR;
import static cn.taxprocurement.order.Shortlist.VENDOR_C;
import static cn.taxprocurement.order.Shortlist.VENDOR_D;
import static cn.taxprocurement.order.Shortlist.approved;
import static cn.taxprocurement.order.Shortlist.placed;
import static cn.taxprocurement.order.Shortlist.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.fixtures.OcdsSchemas;
import cn.taxprocurement.fixtures.Tokens;
import cn.taxprocurement.opendata.OcdsConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderResultsTest {
    private static final String MANAGER = "matrix-manager";

    @Inject
    OcdsConfig ocds;

    @Test
    void anOrderOfTwoHundredThousandIsPublishedOnceConfirmedAndASmallerOneIsNot() {
        long large = placed(OFFICER, approved(VENDOR_C, "10000.00"), 20);
        long small = placed(OFFICER, approved(VENDOR_C, "4999.00"), 3);
        String largeCode = code(large);
        String smallCode = code(small);

        assertThat(orderNotices(largeCode)).isZero();
        step(VENDOR_C, large, "confirm").statusCode(200);
        step(VENDOR_C, small, "confirm").statusCode(200);
        step(VENDOR_C, large, "deliver").statusCode(200);

        assertThat(orderNotices(largeCode)).isEqualTo(1);
        assertThat(orderNotices(smallCode)).isZero();
        given().queryParam("type", "ORDER_RESULT")
                .queryParam("q", largeCode)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .body("items[0].orderCode", equalTo(largeCode))
                .body("items[0].fields.unit", equalTo(Shortlist.HEAD_OFFICE))
                .body("items[0].fields.method", equalTo("DIRECT_SELECTION"))
                .body("items[0].fields.amount", equalTo(200000.00f))
                .body("items[0].fields.contactPhone", equalTo(null));
        long noticeId = given().queryParam("type", "ORDER_RESULT")
                .queryParam("q", largeCode)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        // Its public page names the way the order was bought in words.
        given().when()
                .get("/notices/" + noticeId)
                .then()
                .statusCode(200)
                .body(containsString("直接选定"))
                .body(not(containsString("DIRECT_SELECTION")));
        OcdsSchemas.assertValidRecordPackage(given().when()
                .get("/api/v1/public/ocds/records/" + ocds.ocidPrefix() + "-" + largeCode)
                .then()
                .statusCode(200)
                .body("records[0].compiledRelease.buyer.name", equalTo(Shortlist.HEAD_OFFICE))
                .body("records[0].compiledRelease.tender.procurementMethod", equalTo("direct"))
                .extract()
                .asString());
    }

    @Test
    void theSavingsReportCountsConfirmedOrdersAndItsWorkbookAgreesWithIt() throws IOException {
        long confirmed = placed(OFFICER, approved(VENDOR_D, "5200.00"), 4);
        step(VENDOR_D, confirmed, "confirm").statusCode(200);
        long before = savings().getLong("catalogOrders.orderCount");
        placed(OFFICER, approved(VENDOR_D, "5300.00"), 2);
        long declined = placed(OFFICER, approved(VENDOR_D, "5400.00"), 2);
        step(VENDOR_D, declined, "decline", Map.of("reason", "缺货")).statusCode(200);

        JsonPath json = savings();
        assertThat(json.getLong("catalogOrders.orderCount")).isEqualTo(before);
        BigDecimal listed = json.getObject("catalogOrders.listedTotal", BigDecimal.class);
        BigDecimal paid = json.getObject("catalogOrders.orderTotal", BigDecimal.class);
        assertThat(json.getObject("catalogOrders.savingsTotal", BigDecimal.class))
                .isEqualByComparingTo(listed.subtract(paid));

        byte[] workbook = given().auth()
                .oauth2(Tokens.of(MANAGER))
                .queryParam("year", THIS_YEAR)
                .when()
                .get("/api/v1/reports/savings.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet summary = read.getSheet("汇总");
            assertThat(figure(summary, "入围目录订单数")).isEqualTo(json.getDouble("catalogOrders.orderCount"));
            assertThat(figure(summary, "订单标价金额(元)")).isEqualTo(listed.doubleValue());
            assertThat(figure(summary, "订单成交金额(元)")).isEqualTo(paid.doubleValue());
            assertThat(figure(summary, "订单节约金额(元)"))
                    .isEqualTo(listed.subtract(paid).doubleValue());
        }
    }

    private static double figure(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static JsonPath savings() {
        return given().auth()
                .oauth2(Tokens.of(MANAGER))
                .queryParam("year", THIS_YEAR)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String code(long orderId) {
        return Shortlist.as(OFFICER)
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
    }

    private static long orderNotices(String code) {
        return given().queryParam("type", "ORDER_RESULT")
                .queryParam("q", code)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
