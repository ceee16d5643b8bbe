package cn.taxprocurement.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Downloads a report as JSON and as a workbook, and reads the workbook's cells back for comparison. */
final class Downloads {
    private static final Pattern EXT_FILENAME = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)");

    private Downloads() {}

    /** The JSON report with its figures as exact decimals. */
    static JsonPath json(String report, int year) {
        return given().queryParam("year", year)
                .when()
                .get("/api/v1/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Response download(String report, int year) {
        Response response = given().queryParam("year", year)
                .when()
                .get("/api/v1/reports/" + report + ".xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .response();
        assertTrue(response.asByteArray().length > 0);
        return response;
    }

    static XSSFWorkbook open(Response download) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(download.asByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a browser saves the download under: the RFC 5987 one, decoded. */
    static String fileName(Response download) {
        Matcher matcher = EXT_FILENAME.matcher(download.header("Content-Disposition"));
        assertTrue(matcher.find(), download.header("Content-Disposition"));
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    /** The rows below the header, in order. */
    static List<Row> body(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    /** The row whose first cell is {@code label}. */
    static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.STRING, cell.getCellType(), "text cell at " + cell.getAddress());
        return cell.getStringCellValue();
    }

    /** A figure cell holds exactly the JSON's number; a missing rate shows as a dash. */
    static void assertFigure(Object expected, Row row, int column) {
        Cell cell = row.getCell(column);
        if (expected == null) {
            assertEquals("—", cell.getStringCellValue(), "no figure at " + cell.getAddress());
            return;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType(), "number cell at " + cell.getAddress());
        double value =
                expected instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) expected).doubleValue();
        assertEquals(value, cell.getNumericCellValue(), "figure at " + cell.getAddress());
    }
}
