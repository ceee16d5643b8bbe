package cn.taxprocurement.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * catalog.xlsx through the packaged service (-Xmx256m, the demo data loaded at start): time to the first byte and to
 * the last, three times each, over the demo's 2019 catalog and over a year made of {@code bench.copies} copies of it
 * (default 40) in one open round; not part of the suite. Prints each download, the load average and the service's
 * peak heap, and the plan of the workbook's product query over the copies.
 *
 * <pre>./mvnw -B -pl src -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CatalogExportBenchmark -Dbench.copies=410</pre>
 */
class CatalogExportBenchmark {
    private static final int DEMO_YEAR = 2019;
    private static final int COPIES_YEAR = 2088;
    private static final int RUNS = 3;
    private static final String PRODUCTS_QUERY = "SELECT p.category_code FROM product p"
            + " FORCE INDEX (idx_product_round_status) WHERE p.round_id = ? AND p.status IN ('APPROVED', 'SUSPENDED')"
            + " ORDER BY p.round_id, p.status, p.category_code, p.id";

    private final int copies = Integer.getInteger("bench.copies", 40);

    @Test
    void exportTheDemoCatalogAndManyCopiesOfIt() throws Exception {
        try (BenchmarkService bench =
                BenchmarkService.start("catalog-export-benchmark", Map.of("PROCUREMENT_DEMO_DATA_ENABLED", "true"))) {
            long round = bench.api.openRound("bench-officer", COPIES_YEAR, List.of("A02010104"));
            try (Connection db = bench.asOwner();
                    PreparedStatement copy = db.prepareStatement("INSERT INTO product (vendor_id, round_id,"
                            + " category_code, brand, model, specs, unit_price, status, brand_key, listing_key,"
                            + " created_at, version) SELECT p.vendor_id, ?, p.category_code, p.brand,"
                            + " CONCAT(p.model, '-B', ?), p.specs, p.unit_price, 'APPROVED', p.brand_key,"
                            + " CONCAT(p.listing_key, '-b', ?), p.created_at, 0 FROM product p"
                            + " JOIN catalog_round r ON r.id = p.round_id"
                            + " WHERE r.round_year = ? AND p.status = 'APPROVED'")) {
                long started = System.nanoTime();
                for (int n = 1; n <= copies; n++) {
                    copy.setLong(1, round);
                    copy.setInt(2, n);
                    copy.setInt(3, n);
                    copy.setInt(4, DEMO_YEAR);
                    copy.executeUpdate();
                }
                System.out.printf(
                        "catalog-export %d copies of %d's catalog made in %d s%n",
                        copies, DEMO_YEAR, (System.nanoTime() - started) / 1_000_000_000L);
                for (int year : List.of(DEMO_YEAR, COPIES_YEAR)) {
                    long rows = approvedListings(db, year);
                    for (int run = 1; run <= RUNS; run++) {
                        export(bench, year, rows, run);
                    }
                }
                try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + PRODUCTS_QUERY)) {
                    explain.setLong(1, round);
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            System.out.printf(
                                    "catalog-export plan: key %s, rows %s, %s%n",
                                    plan.getString("key"), plan.getString("rows"), plan.getString("Extra"));
                        }
                    }
                }
            }
        }
    }

    private static long approvedListings(Connection db, int year) throws Exception {
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM product p"
                + " JOIN catalog_round r ON r.id = p.round_id WHERE r.round_year = ? AND p.status = 'APPROVED'")) {
            count.setInt(1, year);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void export(BenchmarkService bench, int year, long rows, int run) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(bench.service.uri("/api/v1/reports/catalog.xlsx?year=" + year))
                .header("Authorization", "Bearer " + bench.api.token("bench-manager", "manager"))
                .build();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long mark = bench.gcLogMark();
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
        assertThat(response.statusCode()).isEqualTo(200);
        System.out.printf(
                "catalog-export year=%d run=%d rows=%d: headers %d ms, first byte %d ms, total %d ms, %.0f rows/s, %d"
                        + " bytes; load average %.1f -> %.1f, service's peak heap %d MB (-Xmx256m)%n",
                year,
                run,
                rows,
                (headers - start) / 1_000_000,
                (firstByte - start) / 1_000_000,
                (end - start) / 1_000_000,
                rows / ((end - start) / 1e9),
                bytes,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                bench.peakHeapMegabytes(mark));
    }
}
