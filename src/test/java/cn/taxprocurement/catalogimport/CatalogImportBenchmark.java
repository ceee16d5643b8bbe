package cn.taxprocurement.catalogimport;

import static io.restassured.RestAssured.given;

import cn.taxprocurement.catalog.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Measures a 100,000-row catalog end to end: uploaded through the API, listed by the worker into the embedded MariaDB.
 * Three imports of the same file, each into a new round, in one service; prints each and the median. Not part of the
 * test suite; run it alone, as catalog-import/README.md shows.
 */
@QuarkusTest
@TestProfile(CatalogImportBenchmark.ProductionLimits.class)
class CatalogImportBenchmark {
    private static final int ROWS = 100_000;
    /** Imports measured, each of the same file into a new round; the median is the figure. */
    private static final int RUNS = 3;

    private static final String SUBJECT = "vendor-imp-bench-0b7e41";
    private static final String[] CATEGORIES = {
        "A02010104",
        "A02010103",
        "A02010105",
        "A02010107",
        "A02010201",
        "A02010202",
        "A02010301",
        "A02010502",
        "A0201060102"
    };
    private static final String[] BRANDS = {
        "联想", "华为", "惠普", "戴尔", "浪潮", "曙光", "新华三", "同方", "长城", "方正", "海尔", "宏碁", "华硕", "神舟", "清华紫光", "中兴", "锐捷", "奔图",
        "得力", "爱普生"
    };

    /** The production limits (the test profile's are small), so that the whole file is taken. */
    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "procurement.import.max-file-size", "20M",
                    "procurement.import.max-rows", "100000",
                    "procurement.import.chunk-size", "5000");
        }
    }

    @Inject
    CatalogFixtures fixtures;

    @Test
    @TestSecurity(user = SUBJECT, roles = "vendor")
    void importAHundredThousandRowCatalogEndToEnd() throws IOException {
        fixtures.activeVendor(SUBJECT);
        Path file = catalog();
        System.out.printf("catalog of %d rows: %.1f MB%n", ROWS, Files.size(file) / 1048576.0);
        List<double[]> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            double[] measured = importOnce(file);
            System.out.printf(
                    "import-bench end-to-end run %d: %.0f rows/s, peak heap %.0f MB, started %.0f ms after the upload%n",
                    run, measured[0], measured[1], measured[2]);
            runs.add(measured);
        }
        Files.delete(file);
        runs.sort(Comparator.comparingDouble(measured -> measured[0]));
        double[] median = runs.get(RUNS / 2);
        System.out.printf(
                "import-bench end-to-end: %.0f rows/s, peak heap %.0f MB (median of %d)%n", median[0], median[1], RUNS);
        double[] starts =
                runs.stream().mapToDouble(measured -> measured[2]).sorted().toArray();
        System.out.printf("import-bench start after the upload: %.0f ms (median of %d)%n", starts[RUNS / 2], RUNS);
    }

    /**
     * Imports the file into a new round; rows per second from the upload to SUCCEEDED, the peak heap in MB, and the
     * milliseconds from the upload's answer until the import is no longer QUEUED.
     */
    private double[] importOnce(Path file) {
        long roundId = fixtures.openRound(2090, CATEGORIES);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        long id = given().multiPart("roundId", String.valueOf(roundId))
                .multiPart("file", file.toFile(), CatalogImportResourceTest.XLSX)
                .post("/api/v1/catalog-imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        // the upload has committed when it answers: how soon a worker claims the import, read as fast as it answers
        long answered = System.nanoTime();
        while (given().get("/api/v1/catalog-imports/" + id)
                .then()
                .extract()
                .path("status")
                .equals("QUEUED")) {
            // polled without a pause: the wait is the figure
        }
        double startMillis = (System.nanoTime() - answered) / 1e6;
        JsonPath done;
        do {
            sleep();
            done = given().get("/api/v1/catalog-imports/" + id).then().extract().jsonPath();
        } while (!done.getString("status").equals("SUCCEEDED")
                && !done.getString("status").equals("FAILED"));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        if (!done.getString("status").equals("SUCCEEDED") || done.getInt("acceptedRows") != ROWS) {
            throw new AssertionError("import ended " + done.prettyPrint());
        }
        return new double[] {ROWS / seconds, peak / (1024.0 * 1024), startMillis};
    }

    /** An Excel-style file: texts in the shared-strings table, numeric prices, unique models. */
    private static Path catalog() throws IOException {
        Path file = Files.createTempFile("catalog-100000-", ".xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
        try (var out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("产品目录");
            Row header = sheet.createRow(0);
            for (int c = 0; c < Catalogs.HEADER.length; c++) {
                header.createCell(c).setCellValue(Catalogs.HEADER[c]);
            }
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(CATEGORIES[i % CATEGORIES.length]);
                row.createCell(1).setCellValue(BRANDS[i % BRANDS.length]);
                row.createCell(2).setCellValue("型号-" + i);
                row.createCell(3).setCellValue("规格 " + (i % 500) + "：Intel Core i5 / 16GB / 512GB SSD / 23.8 英寸");
                row.createCell(4).setCellValue(1000 + (i % 9000) + 0.5);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return file;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
