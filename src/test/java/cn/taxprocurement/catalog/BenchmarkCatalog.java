package cn.taxprocurement.catalog;

import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The catalog the benchmarks measure: the demo catalogs and approved copies of them, {@code bench.listings} listings
 * in all (rounded up to whole copies).
 */
final class BenchmarkCatalog {
    private BenchmarkCatalog() {}

    /** Loads about {@code bench.listings} listings, else the given number, and says how long loading took. */
    static void load(DemoCatalog demo, CatalogRoundService rounds, ListingFeed feed, EntityManager em, int listings) {
        int wanted = Integer.getInteger("bench.listings", listings);
        demo.load();
        long roundId = rounds.open(CatalogFixtures.OFFICER, new RoundRequests.Open(2098, "检索基准", List.of("A02010104")))
                .id();
        long demoListings = count(em);
        long start = System.nanoTime();
        for (int copy = 1; demoListings * copy < wanted; copy++) {
            int n = copy;
            // one copy per transaction, each followed by the index as every writer's change is
            QuarkusTransaction.requiringNew().run(() -> {
                long before = maxId(em);
                em.createNativeQuery("INSERT INTO product (vendor_id, round_id,"
                                + " category_code, brand, model, specs, unit_price, status, brand_key,"
                                + " created_at, version) SELECT vendor_id, :round, category_code, brand,"
                                + " CONCAT(model, '-B', :n), specs, unit_price, 'APPROVED', brand_key,"
                                + " created_at, 0 FROM product WHERE round_id <> :round")
                        .setParameter("round", roundId)
                        .setParameter("n", n)
                        .executeUpdate();
                feed.changed(before + 1, maxId(em));
            });
        }
        // Statistics as the server keeps them for a catalog that grew over time, not stale after a burst of copies.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("ANALYZE TABLE product").getResultList());
        System.out.printf(
                "loaded %d listings in %d ms%n",
                QuarkusTransaction.requiringNew().call(() -> count(em)), (System.nanoTime() - start) / 1_000_000);
    }

    private static long count(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM product").getSingleResult())
                .longValue());
    }

    private static long maxId(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM product")
                        .getSingleResult())
                .longValue();
    }

    /** Forgets the heap's peak so far, so that {@link #peakHeapMegabytes} measures from here. */
    static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap's peak use since the last reset, in MB: the sum of each heap pool's peak, an upper bound. */
    static long peakHeapMegabytes() {
        return heapPools().stream()
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }

    /** The heap in use after a full collection, in MB. */
    static long liveHeapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    /** The given percentile of times in microseconds, in milliseconds. */
    static double percentile(List<Long> micros, int percent) {
        List<Long> sorted = micros.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1000.0;
    }
}
