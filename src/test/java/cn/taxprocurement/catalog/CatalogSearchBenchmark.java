package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.embedded.DemoCatalog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the catalog as buyers search it over {@code bench.listings} approved listings (default 1,000,000), one
 * query at a time through {@link CatalogService} (the page's ids from the index, its rows from the database): free
 * text, among it words found in a tenth of the catalog and more, and categories sorted by price either way. Three
 * passes of 1,000 queries; then a second index built from the same database, as a replica builds it when it starts.
 * Not part of the test suite; run it alone:
 * {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogSearchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class CatalogSearchBenchmark {
    private static final int QUERIES = 1_000;
    private static final int PASSES = 3;
    private static final List<CatalogRequests.Search> MIX = List.of(
            text("华为"),
            text("联想"),
            text("SSD"),
            text("DDR4"),
            text("Intel Core"),
            text("鲲"),
            text("内存"),
            text("NF52"),
            text("thinkstation"),
            text("海光7285"),
            text("打印/复印/扫描"),
            browse("A02010104", CatalogSort.PRICE),
            browse("A02010103", CatalogSort.PRICE_DESCENDING),
            browse("A02010105", CatalogSort.PRICE),
            browse("A020204", CatalogSort.PRICE_DESCENDING),
            new CatalogRequests.Search(null, "A02010104", null, "华为", null, null, CatalogSort.PRICE));

    @Inject
    DemoCatalog demo;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRoundService rounds;

    @Inject
    EntityManager em;

    @Inject
    ListingFeed feed;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ListingIndexConfig indexConfig;

    @Test
    void searchTheCatalogOfAMillionListings() throws Exception {
        BenchmarkCatalog.load(demo, rounds, feed, em, 1_000_000);
        MIX.forEach(this::search);
        for (int pass = 1; pass <= PASSES; pass++) {
            measure(pass);
        }
        System.out.printf("search-bench heap after a full collection: %d MB%n", BenchmarkCatalog.liveHeapMegabytes());
        rebuild();
    }

    private void measure(int pass) {
        double loadBefore = load();
        BenchmarkCatalog.resetPeakHeap();
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> byQuery = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            CatalogRequests.Search query = MIX.get(i % MIX.size());
            long started = System.nanoTime();
            Page<ProductView> page = search(query);
            long micros = (System.nanoTime() - started) / 1_000;
            all.add(micros);
            byQuery.computeIfAbsent(name(query, page), k -> new ArrayList<>()).add(micros);
        }
        byQuery.forEach((q, micros) -> System.out.printf(
                "search-bench pass %d %s: median %.1f ms, p99 %.1f ms%n",
                pass, q, BenchmarkCatalog.percentile(micros, 50), BenchmarkCatalog.percentile(micros, 99)));
        System.out.printf(
                "search-bench pass %d all %d queries: median %.1f ms, p99 %.1f ms, load average %.1f -> %.1f,"
                        + " peak heap %d MB%n",
                pass,
                all.size(),
                BenchmarkCatalog.percentile(all, 50),
                BenchmarkCatalog.percentile(all, 99),
                loadBefore,
                load(),
                BenchmarkCatalog.peakHeapMegabytes());
    }

    /** Builds a second index from the database as a replica does when it starts; its log line says how long. */
    private void rebuild() throws Exception {
        ListingIndex fresh = new ListingIndex();
        fresh.dataSource = dataSource;
        fresh.config = indexConfig;
        BenchmarkCatalog.resetPeakHeap();
        long started = System.nanoTime();
        fresh.start(null);
        fresh.catchUp();
        System.out.printf(
                "search-bench rebuild: %d ms, peak heap %d MB%n",
                (System.nanoTime() - started) / 1_000_000, BenchmarkCatalog.peakHeapMegabytes());
        fresh.stop(null);
    }

    /** The first page as GET /catalog?… asks for it, with its total. */
    private Page<ProductView> search(CatalogRequests.Search query) {
        return catalog.search(query, PageRequest.of(0, 20));
    }

    private static String name(CatalogRequests.Search query, Page<ProductView> page) {
        return (query.filter().text() == null ? "" : "q=" + query.filter().text() + " ")
                + (query.filter().categoryCode() == null
                        ? ""
                        : "category=" + query.filter().categoryCode() + " sort="
                                + query.sort().value() + " ")
                + "(" + page.total() + (page.totalIsLowerBound() ? "+" : "") + " found)";
    }

    private static CatalogRequests.Search text(String q) {
        return new CatalogRequests.Search(null, null, null, q, null, null, CatalogSort.NEWEST);
    }

    private static CatalogRequests.Search browse(String category, CatalogSort sort) {
        return new CatalogRequests.Search(null, category, null, null, null, null, sort);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
