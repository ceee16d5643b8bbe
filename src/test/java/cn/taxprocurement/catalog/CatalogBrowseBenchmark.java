package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures browsing the catalog of about 100,000 approved listings as a buyer does: one category, sorted by price, the
 * first page with its bounded total; not part of the test suite. Run it alone:
 * {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogBrowseBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class CatalogBrowseBenchmark {
    private static final int QUERIES = 1_000;
    private static final List<String> CATEGORIES = List.of(
            "A02010103",
            "A02010104",
            "A02010105",
            "A02010202",
            "A02010301",
            "A0201060102",
            "A02010801",
            "A020204",
            "A02010502");

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

    @Test
    void browseOneCategoryOfAHundredThousandListingsByPrice() {
        BenchmarkCatalog.load(demo, rounds, feed, em, 100_000);
        List<CatalogSort> sorts = List.of(CatalogSort.PRICE, CatalogSort.PRICE_DESCENDING);
        for (String category : CATEGORIES) {
            sorts.forEach(sort -> browse(category, sort));
        }
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> bySort = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            String category = CATEGORIES.get(i % CATEGORIES.size());
            CatalogSort sort = sorts.get(i / CATEGORIES.size() % sorts.size());
            long started = System.nanoTime();
            browse(category, sort);
            long micros = (System.nanoTime() - started) / 1_000;
            all.add(micros);
            bySort.computeIfAbsent("sort=" + sort.value(), k -> new ArrayList<>())
                    .add(micros);
        }
        bySort.forEach((sort, micros) -> System.out.printf(
                "browse-bench %s: median %.1f ms, p99 %.1f ms%n",
                sort, BenchmarkCatalog.percentile(micros, 50), BenchmarkCatalog.percentile(micros, 99)));
        System.out.printf(
                "browse-bench all %d queries: median %.1f ms, p99 %.1f ms%n",
                all.size(), BenchmarkCatalog.percentile(all, 50), BenchmarkCatalog.percentile(all, 99));
        Page<ProductView> first = browse("A02010104", CatalogSort.PRICE);
        System.out.printf(
                "browse-bench A02010104: total %d%s, cheapest %s%n",
                first.total(),
                first.totalIsLowerBound() ? "+" : "",
                first.items().get(0).unitPrice());
        QuarkusTransaction.requiringNew().run(() -> {
            explain("SELECT p.id FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE p.category_code = 'A02010104'"
                    + " AND p.status = 'APPROVED' ORDER BY p.unit_price, p.id LIMIT 20 OFFSET 0");
            explain("SELECT p.id FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE p.category_code = 'A02010104'"
                    + " AND p.status = 'APPROVED' ORDER BY p.unit_price DESC, p.id DESC LIMIT 20 OFFSET 0");
            explain("SELECT COUNT(*) FROM (SELECT 1 FROM product p WHERE p.category_code = 'A02010104'"
                    + " AND p.status = 'APPROVED' LIMIT 10001) counted");
        });
    }

    /** The first page of one category as GET /catalog?categoryCode=…&sort=… runs it, with its total. */
    private Page<ProductView> browse(String category, CatalogSort sort) {
        return catalog.search(
                new CatalogRequests.Search(null, category, null, null, null, null, sort), PageRequest.of(0, 20));
    }

    private void explain(String sql) {
        List<?> plan = em.createNativeQuery("EXPLAIN " + sql).getResultList();
        System.out.println("plan of " + sql);
        plan.forEach(row -> System.out.println("  " + Arrays.toString((Object[]) row)));
    }
}
