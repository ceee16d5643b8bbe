package cn.taxprocurement.catalog;

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
 * Measures free-text search of the catalog over about 100,000 approved listings; not part of the test suite. Run it
 * alone: {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogSearchBenchmark}.
 */
@QuarkusTest
class CatalogSearchBenchmark {
    private static final int COPIES = 26;
    private static final int QUERIES = 1_000;

    @Inject
    DemoCatalog demo;

    @Inject
    ProductService service;

    @Inject
    CatalogRoundService rounds;

    @Inject
    EntityManager em;

    @Test
    void searchTheCatalogOfAHundredThousandListings() {
        demo.load();
        long roundId = rounds.open(CatalogFixtures.OFFICER, new RoundRequests.Open(2098, "检索基准", List.of("A02010104")))
                .id();
        long start = System.nanoTime();
        for (int copy = 1; copy <= COPIES; copy++) {
            int n = copy;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO product (vendor_id, round_id,"
                            + " category_code, brand, model, specs, unit_price, status, brand_key, search_text,"
                            + " created_at, version) SELECT vendor_id, :round, category_code, brand,"
                            + " CONCAT(model, '-B', :n), specs, unit_price, 'APPROVED', brand_key, search_text,"
                            + " created_at, 0 FROM product WHERE round_id <> :round")
                    .setParameter("round", roundId)
                    .setParameter("n", n)
                    .executeUpdate());
        }
        long total = QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM product").getSingleResult())
                .longValue());
        System.out.printf("loaded %d listings in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);

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
                "search-bench q=%s: median %.1f ms, p99 %.1f ms%n", q, percentile(micros, 50), percentile(micros, 99)));
        System.out.printf(
                "search-bench all %d queries: median %.1f ms, p99 %.1f ms%n",
                all.size(), percentile(all, 50), percentile(all, 99));
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> plan = em.createNativeQuery("EXPLAIN SELECT p.id FROM product p WHERE p.status = 'APPROVED' AND"
                            + " MATCH (p.search_text) AGAINST (:w IN BOOLEAN MODE) ORDER BY p.id DESC LIMIT 20")
                    .setParameter("w", SearchText.booleanQuery("华为"))
                    .getResultList();
            plan.forEach(row -> System.out.println("plan: " + Arrays.toString((Object[]) row)));
        });
    }

    /** One page of the catalog search as GET /products runs it, with its total. */
    private long search(String q) {
        return service.search(
                        new ProductFilter(null, null, ProductStatus.APPROVED, null, null, q), PageRequest.of(0, 20))
                .total();
    }

    private static double percentile(List<Long> micros, int percent) {
        List<Long> sorted = micros.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
