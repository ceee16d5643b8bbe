package cn.taxprocurement.catalog;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures free-text search of the catalog over about 100,000 approved listings; not part of the test suite. Run it
 * alone: {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=CatalogSearchBenchmark}.
 */
@QuarkusTest
class CatalogSearchBenchmark {
    private static final int COPIES = 26;
    private static final int RUNS = 25;

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
        long roundId = rounds.open(CatalogFixtures.OFFICER, 2098, "检索基准", Set.of("A02010104"))
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

        for (String q : List.of("华为", "鲲", "内存", "NF52", "thinkstation", "海光7285", "打印/复印/扫描")) {
            long[] fulltext = time(() -> service.search(
                    new ProductFilter(null, null, ProductStatus.APPROVED, null, null, q), PageRequest.of(0, 20)));
            long found = service.search(
                            new ProductFilter(null, null, ProductStatus.APPROVED, null, null, q), PageRequest.of(0, 20))
                    .total();
            long[] like = time(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT"
                            + " COUNT(*) FROM product WHERE status = 'APPROVED'"
                            + " AND (brand LIKE :q OR model LIKE :q OR specs LIKE :q)")
                    .setParameter("q", "%" + q + "%")
                    .getSingleResult()));
            System.out.printf(
                    "q=%-14s found %6d  fulltext median %4d ms p95 %4d ms | LIKE scan median %4d ms%n",
                    q, found, fulltext[RUNS / 2], fulltext[RUNS * 95 / 100], like[RUNS / 2]);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> plan = em.createNativeQuery("EXPLAIN SELECT p.id FROM product p WHERE p.status = 'APPROVED' AND"
                            + " MATCH (p.search_text) AGAINST (:w IN BOOLEAN MODE) ORDER BY p.id DESC LIMIT 20")
                    .setParameter("w", SearchText.booleanQuery("华为"))
                    .getResultList();
            plan.forEach(row -> System.out.println("plan: " + Arrays.toString((Object[]) row)));
        });
    }

    private static long[] time(Runnable query) {
        for (int i = 0; i < 3; i++) {
            query.run();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
