package cn.taxprocurement.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.RawWorkbook;
import io.restassured.http.ContentType;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback, not part of the suite: the packaged service on its embedded database, a shortlisted
 * catalog of {@code bench.listings} listings (default 100,000), 200 projects; then {@code bench.clients} clients
 * (default 64) for {@code bench.seconds} seconds (default 60), each asking in turn for a catalog search, a page of
 * projects and the savings report, with a signed bearer token; with {@code -Dbench.mix=search}, for catalog searches
 * only (no projects seeded); {@code bench.runs} times (default 1) on the same service, after {@code bench.warmup}
 * seconds (default 30) of the same load in which the service's compiler warms up. Prints the median and p99 of each,
 * the load average and the service's peak heap, and fails on any error.
 *
 * <pre>./mvnw -B -pl src -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBenchmark</pre>
 */
class LoadBenchmark {
    private static final String DESKTOP = "A02010104";
    private static final int YEAR = 2066;
    private static final String[] BRANDS = {
        "联想", "华为", "戴尔", "惠普", "浪潮", "曙光", "清华同方", "长城", "方正", "海尔",
        "Lenovo", "Huawei", "Dell", "HP", "Inspur", "Sugon", "Acer", "ASUS", "中科可控", "紫光"
    };

    private final int listings = Integer.getInteger("bench.listings", 100_000);
    private final int clients = Integer.getInteger("bench.clients", 64);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int runs = Integer.getInteger("bench.runs", 1);
    private final int warmup = Integer.getInteger("bench.warmup", 30);
    private final boolean searchesOnly = "search".equals(System.getProperty("bench.mix", "mixed"));

    @Test
    void sixtyFourClientsForAMinuteGetNoErrors() throws Exception {
        try (BenchmarkService bench = BenchmarkService.start("load-benchmark")) {
            seed(bench);
            run(bench, "warm-up", warmup);
            for (int run = 1; run <= runs; run++) {
                run(bench, "run " + run, seconds);
            }
        }
    }

    private void seed(BenchmarkService bench) throws Exception {
        long started = System.nanoTime();
        long roundId = bench.api.openRound("bench-officer", YEAR, List.of(DESKTOP));
        long vendorId = bench.api.activeVendor("bench-vendor", "压测科技有限公司", "bench-officer");
        RawWorkbook catalog = RawWorkbook.aWorkbook().row("品目编码", "品牌", "型号", "规格参数", "单价(元)");
        for (int i = 1; i <= listings; i++) {
            String brand = BRANDS[i % BRANDS.length];
            catalog.row(
                    DESKTOP,
                    brand,
                    brand + "-" + i,
                    "Intel Core i" + (3 + i % 3 * 2) + "/16GB/512GB SSD",
                    String.valueOf(3000 + i % 5000));
        }
        long importId = bench.api.upload("bench-vendor", roundId, catalog.bytes());
        String status;
        do {
            Thread.sleep(1_000);
            status = bench.api
                    .as("bench-vendor", "vendor")
                    .get("/api/v1/catalog-imports/" + importId)
                    .then()
                    .extract()
                    .path("status");
        } while (!status.equals("SUCCEEDED") && !status.equals("FAILED"));
        assertThat(status).isEqualTo("SUCCEEDED");
        // Shortlisting 100,000 listings one request at a time is not what is measured here.
        try (Connection db = bench.asOwner()) {
            db.createStatement().executeUpdate("UPDATE product SET status = 'APPROVED' WHERE round_id = " + roundId);
            // as every writer of listings does, so that the service's search index follows
            db.createStatement()
                    .executeUpdate("INSERT INTO listing_change (first_id, last_id) SELECT MIN(id), MAX(id)"
                            + " FROM product WHERE round_id = " + roundId);
        }
        for (int i = 0; i < (searchesOnly ? 0 : 200); i++) {
            // half drafts, half results recorded by one officer and confirmed by another, as the savings report counts
            Map<String, Object> project = new HashMap<>(Map.of(
                    "title",
                    YEAR + "年台式计算机采购" + i,
                    "year",
                    YEAR,
                    "categoryCode",
                    DESKTOP,
                    "method",
                    "OPEN_TENDER",
                    "budgetAmount",
                    "900000.00"));
            if (i % 2 == 0) {
                project.putAll(Map.of(
                        "awardedAmount",
                        (800000 + i * 100) + ".00",
                        "vendorId",
                        vendorId,
                        "awardedAt",
                        Instant.now().minus(Duration.ofDays(1)).toString(),
                        "reference",
                        "LOAD-" + i));
            }
            long id = bench.api
                    .as("bench-officer", "officer")
                    .contentType(ContentType.JSON)
                    .body(project)
                    .post(i % 2 == 0 ? "/api/v1/projects/records" : "/api/v1/projects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            if (i % 2 == 0) {
                bench.api
                        .as("bench-officer-2", "officer")
                        .post("/api/v1/projects/" + id + "/confirm")
                        .then()
                        .statusCode(200);
            }
        }
        System.out.printf(
                "load-bench seeded %d approved listings and %d projects in %d s at %s%n",
                listings, searchesOnly ? 0 : 200, (System.nanoTime() - started) / 1_000_000_000L, OffsetDateTime.now());
    }

    private void run(BenchmarkService bench, String label, int runSeconds) throws Exception {
        String token = "Bearer " + bench.api.token("bench-manager", "manager");
        String base = "http://127.0.0.1:" + bench.service.port;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        List<String> kinds = searchesOnly
                ? List.of("catalog search")
                : List.of("catalog search", "project listing", "savings report");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        kinds.forEach(kind -> latencies.put(kind, Collections.synchronizedList(new ArrayList<>())));
        AtomicLong errors = new AtomicLong();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long end = System.nanoTime() + runSeconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                        try {
                            for (int n = client; System.nanoTime() < end; n++) {
                                String kind = kinds.get(n % kinds.size());
                                String path =
                                        switch (kind) {
                                            case "catalog search" ->
                                                "/api/v1/catalog?size=20&q="
                                                        + java.net.URLEncoder.encode(
                                                                BRANDS[
                                                                                ThreadLocalRandom.current()
                                                                                        .nextInt(BRANDS.length)]
                                                                        + "-"
                                                                        + ThreadLocalRandom.current()
                                                                                .nextInt(1, 1000),
                                                                java.nio.charset.StandardCharsets.UTF_8);
                                            case "project listing" ->
                                                "/api/v1/projects?size=20&year=" + YEAR + "&page="
                                                        + ThreadLocalRandom.current()
                                                                .nextInt(10);
                                            default -> "/api/v1/reports/savings?year=" + YEAR;
                                        };
                                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                                        .header("Authorization", token)
                                        .timeout(Duration.ofSeconds(30))
                                        .build();
                                long start = System.nanoTime();
                                try {
                                    HttpResponse<byte[]> answer =
                                            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                    if (answer.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    }
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                }
                                latencies.get(kind).add(System.nanoTime() - start);
                            }
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        long total = 0;
        for (String kind : kinds) {
            List<Long> sorted = new ArrayList<>(latencies.get(kind));
            Collections.sort(sorted);
            total += sorted.size();
            System.out.printf(
                    "load-bench %s, %s: %d requests, p50 %.1f ms, p99 %.1f ms%n",
                    label, kind, sorted.size(), percentile(sorted, 50), percentile(sorted, 99));
        }
        System.out.printf(
                "load-bench %s, %d clients, %d s: %d requests (%.0f/s), %d errors; load average %.1f -> %.1f;"
                        + " service's peak heap %d MB (-Xmx256m)%n",
                label,
                clients,
                runSeconds,
                total,
                total / (double) runSeconds,
                errors.get(),
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                bench.peakHeapMegabytes(0));
        assertThat(errors.get()).isZero();
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1_000_000.0;
    }
}
