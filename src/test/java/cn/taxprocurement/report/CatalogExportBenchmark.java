package cn.taxprocurement.report;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures catalog.xlsx through the service: time to first byte and to the last, over the demo's 2019 catalog and
 * over a year of copies of it; not part of the test suite. Run it alone, e.g. at the production heap of 256 MB:
 * {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogExportBenchmark -DargLine=-Xmx256m
 * -Dbench.copies=40}.
 */
@QuarkusTest
class CatalogExportBenchmark {
    private static final int DEMO_YEAR = 2019;
    private static final int COPIES_YEAR = 2088;
    private static final int RUNS = 3;

    @Inject
    DemoCatalog demo;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    CatalogReportService reports;

    @TestHTTPResource("/api/v1/reports/catalog.xlsx")
    URL url;

    @Test
    @TestSecurity(user = "manager-bench", roles = "manager")
    void exportTheDemoCatalogAndManyCopiesOfIt() throws Exception {
        demo.load();
        int copies = Integer.getInteger("bench.copies", 40);
        long round = fixtures.openRound(COPIES_YEAR, "A02010104");
        for (int copy = 1; copy <= copies; copy++) {
            int n = copy;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO product (vendor_id, round_id,"
                            + " category_code, brand, model, specs, unit_price, status, brand_key,"
                            + " created_at, version) SELECT p.vendor_id, :round, p.category_code, p.brand,"
                            + " CONCAT(p.model, '-B', :n), p.specs, p.unit_price, 'APPROVED', p.brand_key,"
                            + " p.created_at, 0 FROM product p JOIN catalog_round r ON r.id = p.round_id"
                            + " WHERE r.round_year = :year AND p.status = 'APPROVED'")
                    .setParameter("round", round)
                    .setParameter("n", n)
                    .setParameter("year", DEMO_YEAR)
                    .executeUpdate());
        }
        for (int year : List.of(DEMO_YEAR, COPIES_YEAR)) {
            for (int run = 1; run <= RUNS; run++) {
                export(year, run);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> plan = em.createNativeQuery("EXPLAIN " + ReportQueries.CATALOG_PRODUCTS.formatted(round))
                    .getResultList();
            plan.forEach(row -> System.out.println("plan: " + Arrays.toString((Object[]) row)));
        });
    }

    private void export(int year, int run) throws Exception {
        long rows = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT COUNT(*) FROM"
                                + " product p JOIN catalog_round r ON r.id = p.round_id"
                                + " WHERE r.round_year = :year AND p.status = 'APPROVED'")
                        .setParameter("year", year)
                        .getSingleResult()))
                .longValue();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + "?year=" + year)).build();
        long figuresStart = System.nanoTime();
        reports.of(year);
        long figures = (System.nanoTime() - figuresStart) / 1_000_000;
        resetPeaks();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long headers = System.nanoTime();
        long firstByte = 0;
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[65536];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (bytes == 0 && read > 0) {
                    firstByte = System.nanoTime();
                }
                bytes += read;
            }
        }
        long end = System.nanoTime();
        System.out.printf(
                "catalog-export year=%d run=%d status=%d rows=%d: figures alone %d ms; headers %d ms, first byte %d ms,"
                        + " total %d ms, %.0f rows/s, %d bytes, peak heap %d MB of max %d MB%n",
                year,
                run,
                response.statusCode(),
                rows,
                figures,
                (headers - start) / 1_000_000,
                (firstByte - start) / 1_000_000,
                (end - start) / 1_000_000,
                rows / ((end - start) / 1e9),
                bytes,
                peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
