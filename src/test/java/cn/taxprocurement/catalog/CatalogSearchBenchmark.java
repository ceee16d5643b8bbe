package cn.taxprocurement.catalog;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures free-text search of the catalog over about 100,000 approved listings; not part of the test suite. Run it
 * alone: {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogSearchBenchmark}.
 */
@QuarkusTest
class CatalogSearchBenchmark {
    private static final int QUERIES = 1_000;

    @Inject
    DemoCatalog demo;

    @Inject
    ProductService service;

    @Inject
    CatalogRoundService rounds;

    @Inject
    EntityManager em;

    @Inject
    ListingFeed feed;

    @Test
    void searchTheCatalogOfAHundredThousandListings() {
        BenchmarkCatalog.load(demo, rounds, feed, em);

        List<String> queries = List.of("华为", "鲲", "内存", "NF52", "thinkstation", "海光7285", "打印/复印/扫描");
        for (String q : queries) {
            search(q);
        }
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> byQuery = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.get(i % queries.size());
            long started = System.nanoTime();
            long found = search(q);
            long micros = (System.nanoTime() - started) / 1_000;
            all.add(micros);
            byQuery.computeIfAbsent(q + " (" + found + " found)", k -> new ArrayList<>())
                    .add(micros);
        }
        byQuery.forEach((q, micros) -> System.out.printf(
                "search-bench q=%s: median %.1f ms, p99 %.1f ms%n",
                q, BenchmarkCatalog.percentile(micros, 50), BenchmarkCatalog.percentile(micros, 99)));
        System.out.printf(
                "search-bench all %d queries: median %.1f ms, p99 %.1f ms%n",
                all.size(), BenchmarkCatalog.percentile(all, 50), BenchmarkCatalog.percentile(all, 99));
    }

    /** One page of the catalog search as GET /products runs it, with its total. */
    private long search(String q) {
        return service.search(
                        new ProductFilter(null, null, ProductStatus.APPROVED, null, null, q), PageRequest.of(0, 20))
                .total();
    }
}
