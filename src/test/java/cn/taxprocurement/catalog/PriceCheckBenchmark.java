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
import org.junit.jupiter.api.Test;

/**
 * Measures the price checks of the officers' review page (a page of 20 listings, their peer medians from one query)
 * over about 100,000 listings awaiting review in one round; not part of the test suite. Run it alone:
 * {@code ./mvnw -B test -pl src -am -Dspotless.check.skip=true -Dtest=PriceCheckBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class PriceCheckBenchmark {
    private static final int COPIES = 26;
    private static final int PAGES = 10;
    private static final int PASSES = 3;

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
    void checkThePricesOfReviewPagesOverAHundredThousandListings() {
        demo.load();
        long roundId = rounds.open(
                        CatalogFixtures.OFFICER,
                        new RoundRequests.Open(2097, "价格检查基准", List.of("A02010103", "A02010104", "A02010105")))
                .id();
        long start = System.nanoTime();
        // Each copy's models are new keys, so most listings have too few model peers and fall back to their
        // category's thousands: the costly case.
        for (int copy = 1; copy <= COPIES; copy++) {
            int n = copy;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO product (vendor_id, round_id,"
                            + " category_code, brand, model, specs, unit_price, status, brand_key, listing_key,"
                            + " created_at, version) SELECT vendor_id, :round, category_code, brand,"
                            + " CONCAT(model, '-B', :n, '-', round_id), specs, unit_price, 'SUBMITTED', brand_key,"
                            + " CONCAT(listing_key, '-b', :n, '-', round_id), created_at, 0"
                            + " FROM product WHERE round_id <> :round AND listing_key IS NOT NULL")
                    .setParameter("round", roundId)
                    .setParameter("n", n)
                    .executeUpdate());
        }
        QuarkusTransaction.requiringNew().run(() -> feed.changedInRound(roundId));
        long total = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM product WHERE round_id = ?1")
                                .setParameter(1, roundId)
                                .getSingleResult())
                        .longValue());
        System.out.printf(
                "loaded %d listings into the round in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);

        ProductFilter review = new ProductFilter(roundId, null, ProductStatus.SUBMITTED, null, null, null);
        int pages = (int) Math.min(PAGES, total / 20);
        for (int page = 0; page < 2; page++) {
            service.review(CatalogFixtures.OFFICER, review, null, PageRequest.of(page, 20));
        }
        for (int pass = 1; pass <= PASSES; pass++) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                // Pages spread over the round, so that each lands on other categories and peers.
                PageRequest page = PageRequest.of((int) ((long) i * (total / 20) / pages), 20);
                long started = System.nanoTime();
                service.review(CatalogFixtures.OFFICER, review, null, page);
                micros.add((System.nanoTime() - started) / 1_000);
            }
            System.out.printf(
                    "price-check-bench pass %d, %d review pages of 20: p50 %.1f ms, p99 %.1f ms%n",
                    pass, micros.size(), percentile(micros, 50), percentile(micros, 99));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> ids = em.createNativeQuery(
                            "SELECT id FROM product WHERE round_id = ?1 AND status = 'SUBMITTED' ORDER BY id LIMIT 20")
                    .setParameter(1, roundId)
                    .getResultList();
            List<?> plan = em.createNativeQuery("EXPLAIN SELECT t.id, MEDIAN(q.unit_price) OVER (PARTITION BY t.id)"
                            + " FROM product t JOIN product q ON q.round_id = t.round_id"
                            + " AND q.category_code = t.category_code AND q.status IN ('SUBMITTED', 'APPROVED')"
                            + " AND q.vendor_id <> t.vendor_id WHERE t.id IN (:ids)")
                    .setParameter("ids", ids)
                    .getResultList();
            plan.forEach(row -> System.out.println("plan: " + Arrays.toString((Object[]) row)));
        });
    }

    private static double percentile(List<Long> micros, int percent) {
        List<Long> sorted = micros.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
