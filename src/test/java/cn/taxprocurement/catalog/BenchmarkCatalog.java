package cn.taxprocurement.catalog;

import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The catalog the benchmarks measure: the demo catalogs and 26 approved copies of them, about 100,000 listings. */
final class BenchmarkCatalog {
    private static final int COPIES = 26;

    private BenchmarkCatalog() {}

    /** Loads it and says how many listings there are and how long loading took. */
    static void load(DemoCatalog demo, CatalogRoundService rounds, ListingFeed feed, EntityManager em) {
        demo.load();
        long roundId = rounds.open(CatalogFixtures.OFFICER, new RoundRequests.Open(2098, "检索基准", List.of("A02010104")))
                .id();
        long start = System.nanoTime();
        for (int copy = 1; copy <= COPIES; copy++) {
            int n = copy;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO product (vendor_id, round_id,"
                            + " category_code, brand, model, specs, unit_price, status, brand_key,"
                            + " created_at, version) SELECT vendor_id, :round, category_code, brand,"
                            + " CONCAT(model, '-B', :n), specs, unit_price, 'APPROVED', brand_key,"
                            + " created_at, 0 FROM product WHERE round_id <> :round")
                    .setParameter("round", roundId)
                    .setParameter("n", n)
                    .executeUpdate());
        }
        QuarkusTransaction.requiringNew().run(() -> feed.changedInRound(roundId));
        // Statistics as the server keeps them for a catalog that grew over time, not stale after a burst of copies.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE product").getResultList());
        long total = QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM product").getSingleResult())
                .longValue());
        System.out.printf("loaded %d listings in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);
    }

    /** The given percentile of times in microseconds, in milliseconds. */
    static double percentile(List<Long> micros, int percent) {
        List<Long> sorted = micros.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
