package cn.taxprocurement.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalogimport.Catalogs;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row catalog end to end, not part of the suite: uploaded to the packaged service (-Xmx256m, the production
 * limits: 20 MB, 100,000 rows, chunks of 5,000) on its embedded database and listed by its worker. {@code bench.warmup}
 * imports (default 1) in which the service's compiler warms up, then three measured ones, each of the same file into
 * a round of its own; prints each, the median, the load average and the service's peak heap.
 *
 * <pre>./mvnw -B -pl src -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark</pre>
 */
class ImportBenchmark {
    private static final int ROWS = 100_000;
    /** Imports measured, each of the same file into a new round; the median is the figure. */
    private static final int RUNS = 3;

    private static final String VENDOR = "bench-import-vendor";
    private static final List<String> CATEGORIES = List.of(
            "A02010104",
            "A02010103",
            "A02010105",
            "A02010107",
            "A02010201",
            "A02010202",
            "A02010301",
            "A02010502",
            "A0201060102");
    private static final String[] BRANDS = {
        "联想", "华为", "惠普", "戴尔", "浪潮", "曙光", "新华三", "同方", "长城", "方正", "海尔", "宏碁", "华硕", "神舟", "清华紫光", "中兴", "锐捷", "奔图",
        "得力", "爱普生"
    };

    /** Unmeasured imports first, in which the service's compiler warms up, as in a replica that has run a while. */
    private final int warmups = Integer.getInteger("bench.warmup", 1);

    /**
     * One measured import: rows per second from the upload to SUCCEEDED, how long the upload took to be answered, how
     * soon after that the import started, how often its progress was read while it ran, and the service's peak heap.
     */
    private record Run(
            double rowsPerSecond, double uploadMillis, double startMillis, int polls, long peakHeapMegabytes) {}

    @Test
    void importAHundredThousandRowCatalogEndToEnd() throws Exception {
        byte[] catalog = catalog();
        System.out.printf("import-bench catalog of %d rows: %.1f MB%n", ROWS, catalog.length / 1048576.0);
        try (BenchmarkService bench = BenchmarkService.start("import-benchmark")) {
            bench.api.activeVendor(VENDOR, "导入压测科技有限公司", "bench-officer");
            for (int run = 1; run <= warmups; run++) {
                report("warm-up " + run, bench, catalog, 2080 + run);
            }
            List<Run> runs = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                runs.add(report("run " + run, bench, catalog, 2090 + run));
            }
            System.out.printf(
                    "import-bench end-to-end: %.0f rows/s (median of %d)%n", median(runs, Run::rowsPerSecond), RUNS);
            System.out.printf(
                    "import-bench start after the upload: %.0f ms (median of %d)%n",
                    median(runs, Run::startMillis), RUNS);
        }
    }

    /** Imports the catalog into a new round of {@code year} and prints how it went. */
    private static Run report(String label, BenchmarkService bench, byte[] catalog, int year) throws Exception {
        double loadBefore = loadAverage();
        Run measured = importOnce(bench, catalog, year);
        System.out.printf(
                "import-bench end-to-end %s: %.0f rows/s, upload answered in %.0f ms, started %.0f ms after that,"
                        + " progress read %d times, load average %.1f -> %.1f, service's peak heap %d MB (-Xmx256m)%n",
                label,
                measured.rowsPerSecond(),
                measured.uploadMillis(),
                measured.startMillis(),
                measured.polls(),
                loadBefore,
                loadAverage(),
                measured.peakHeapMegabytes());
        return measured;
    }

    private static Run importOnce(BenchmarkService bench, byte[] catalog, int year) throws Exception {
        long roundId = bench.api.openRound("bench-officer", year, CATEGORIES);
        long mark = bench.gcLogMark();
        long start = System.nanoTime();
        long id = bench.api.upload(VENDOR, roundId, catalog);
        // the upload has committed when it answers: how soon a worker claims the import, read as fast as it answers
        long answered = System.nanoTime();
        StatusPoll poll = new StatusPoll(bench, id);
        while (poll.progress().status().equals("QUEUED")) {
            // polled without a pause: the wait is the figure
        }
        double startMillis = (System.nanoTime() - answered) / 1e6;
        Progress progress;
        long pauseMillis = 0;
        int polls = 0;
        do {
            Thread.sleep(pauseMillis);
            progress = poll.progress();
            polls++;
            pauseMillis = progress.pauseMillis((System.nanoTime() - answered) / 1e6);
        } while (!progress.status().equals("SUCCEEDED") && !progress.status().equals("FAILED"));
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonPath done = bench.api
                .as(VENDOR, "vendor")
                .get("/api/v1/catalog-imports/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("acceptedRows")).isEqualTo(ROWS);
        return new Run(ROWS / seconds, (answered - start) / 1e6, startMillis, polls, bench.peakHeapMegabytes(mark));
    }

    /** How far an import has come: its status and its rows processed of all. */
    private record Progress(String status, int processedRows, int totalRows) {
        /**
         * How long to wait before the next poll, {@code elapsedMillis} after the upload answered: half the time the
         * rows left should take at the pace so far, between 20 ms and the second the vendor's page waits. So the end
         * is seen within 20 ms, while the polls, each a request the service authenticates and answers from the
         * database, take little from the import they measure: about 15 an import, where polling every 50 ms took 100.
         */
        long pauseMillis(double elapsedMillis) {
            if (processedRows == 0) {
                return 20;
            }
            double leftMillis = (totalRows - processedRows) * elapsedMillis / processedRows;
            return Math.max(20, Math.min(1_000, Math.round(leftMillis / 2)));
        }
    }

    /**
     * An import's progress as the vendor reads it, over a plain HTTP client: on two cores, a heavier client's work per
     * request would be taken from the service it measures.
     */
    private static final class StatusPoll {
        private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
        private static final Pattern PROCESSED = Pattern.compile("\"processedRows\":(\\d+)");
        private static final Pattern TOTAL = Pattern.compile("\"totalRows\":(\\d+)");
        private final HttpClient http = HttpClient.newHttpClient();
        private final HttpRequest request;

        StatusPoll(BenchmarkService bench, long id) {
            request = HttpRequest.newBuilder(bench.service.uri("/api/v1/catalog-imports/" + id))
                    .header("Authorization", "Bearer " + bench.api.token(VENDOR, "vendor"))
                    .build();
        }

        Progress progress() throws IOException, InterruptedException {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(answer.body());
            Matcher processed = PROCESSED.matcher(answer.body());
            Matcher total = TOTAL.matcher(answer.body());
            if (answer.statusCode() != 200 || !status.find() || !processed.find() || !total.find()) {
                throw new AssertionError("the import's progress could not be read: " + answer.body());
            }
            return new Progress(
                    status.group(1), Integer.parseInt(processed.group(1)), Integer.parseInt(total.group(1)));
        }
    }

    /** An Excel-style file: texts in the shared-strings table, numeric prices, unique models. */
    private static byte[] catalog() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
        try {
            SXSSFSheet sheet = workbook.createSheet("产品目录");
            Row header = sheet.createRow(0);
            for (int c = 0; c < Catalogs.HEADER.length; c++) {
                header.createCell(c).setCellValue(Catalogs.HEADER[c]);
            }
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(CATEGORIES.get(i % CATEGORIES.size()));
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
        return out.toByteArray();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return runs.stream().mapToDouble(figure).sorted().toArray()[runs.size() / 2];
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
