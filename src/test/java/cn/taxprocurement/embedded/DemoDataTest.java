package cn.taxprocurement.embedded;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import cn.taxprocurement.fixtures.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theVendorAccountSignsInAsAnActiveDemoCompanyWithListingsBidsOrdersAndAFinishedImportWithRejectedRows()
            throws InterruptedException {
        demo.load();
        String vendor = Tokens.of(DemoCatalog.VENDOR_ACCOUNT);

        given().auth()
                .oauth2(vendor)
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("联想（北京）有限公司"))
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(vendor)
                .queryParam("status", "APPROVED")
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(200)
                .body("total", greaterThan(10));
        given().auth()
                .oauth2(vendor)
                .get("/api/v1/vendors/me/bids")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0));
        given().auth()
                .oauth2(vendor)
                .queryParam("size", 100)
                .get("/api/v1/vendors/me/orders")
                .then()
                .statusCode(200)
                .body("items.status", hasItems("PLACED", "CONFIRMED", "DELIVERED"));

        long importId = given().auth()
                .oauth2(vendor)
                .get("/api/v1/vendors/me/catalog-imports")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        JsonPath done = finished(vendor, importId);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("acceptedRows")).isEqualTo(4);
        assertThat(done.getInt("rejectedRows")).isEqualTo(3);
        given().auth()
                .oauth2(vendor)
                .get("/api/v1/catalog-imports/" + importId + "/errors.xlsx")
                .then()
                .statusCode(200);

        // The demo competition's deadline is written in Beijing time in the audit trail.
        given().auth()
                .oauth2(Tokens.of("auditor"))
                .queryParam("action", "COMPETITION_STARTED")
                .queryParam("actor", "演示采购经办人")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].summary", matchesPattern(".*报价截止时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）$"));

        // The other vendor account stays unregistered, for trying registration.
        given().auth()
                .oauth2(Tokens.of("vendor2"))
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(404);
    }

    @Test
    void theDemo2018ProjectsCarryAwardDatesIn2018InTheSavingsWorkbook() throws Exception {
        demo.load();

        List<LocalDate> awarded = new ArrayList<>();
        try (InputStream body = given().auth()
                        .oauth2(Tokens.of("manager"))
                        .queryParam("year", 2018)
                        .get("/api/v1/reports/savings.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asInputStream();
                XSSFWorkbook workbook = new XSSFWorkbook(body)) {
            Sheet detail = workbook.getSheet("项目明细");
            int column = columnOf(detail.getRow(0), "成交日期");
            for (Row row : detail) {
                if (row.getRowNum() > 0 && row.getCell(column) != null) {
                    awarded.add(row.getCell(column).getLocalDateTimeCellValue().toLocalDate());
                }
            }
        }
        assertThat(awarded).hasSize(DemoProjects.PROJECTS_2018).allMatch(day -> day.getYear() == 2018);
    }

    private static int columnOf(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (name.equals(header.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** Polls the import until the workers have ended it; fails after a minute. */
    private static JsonPath finished(String token, long id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath body = given().auth()
                    .oauth2(token)
                    .get("/api/v1/catalog-imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(body.getString("status"))) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }
}
