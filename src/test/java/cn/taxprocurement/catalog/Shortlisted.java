package cn.taxprocurement.catalog;

import cn.taxprocurement.fixtures.Vendors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/** Listings of the shortlisted catalog at the prices a test needs, listed and approved through the services. */
@ApplicationScoped
public class Shortlisted {
    @Inject
    ProductService products;

    @Inject
    EntityManager em;

    @Inject
    ListingFeed feed;

    /** A new ACTIVE vendor of its own; the subject to list with. */
    public String vendor(String name) {
        String subject = "shortlisted-" + name + "-" + System.nanoTime();
        Vendors.anActiveVendor(subject);
        return subject;
    }

    /** A listing still awaiting review; its id. */
    public long submitted(String subject, long roundId, String categoryCode, String model, String price) {
        return products.list(
                        CatalogFixtures.vendor(subject),
                        new ProductRequests.Create(
                                roundId, categoryCode, "对比品牌", model, "i5/16GB/512GB", new BigDecimal(price)))
                .id();
    }

    /** An APPROVED listing; its id. */
    public long approved(String subject, long roundId, String categoryCode, String model, String price) {
        long id = submitted(subject, roundId, categoryCode, model, price);
        products.approve(CatalogFixtures.OFFICER, id);
        return id;
    }

    /**
     * {@code count} APPROVED listings of the vendor in the round, priced 1.00 to {@code count} yuan, written in one
     * statement: a catalog larger than its exact total, made in a second.
     */
    public void bulkApproved(long vendorId, long roundId, String categoryCode, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO product (vendor_id, round_id, category_code, brand,"
                            + " model, specs, unit_price, status, brand_key, created_at, version)"
                            + " SELECT :vendor, :round, :category, '批量', CONCAT('批量-', n), '', n, 'APPROVED',"
                            + " '批量', NOW(), 0 FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d"
                            + " + 10000 * f.d AS n FROM " + digits("a") + ", " + digits("b") + ", "
                            + digits("c") + ", " + digits("e") + ", " + digits("f") + ") numbers"
                            + " WHERE n BETWEEN 1 AND :count")
                    .setParameter("vendor", vendorId)
                    .setParameter("round", roundId)
                    .setParameter("category", categoryCode)
                    .setParameter("count", count)
                    .executeUpdate();
            feed.changedInRound(roundId);
        });
    }

    private static String digits(String alias) {
        return "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) "
                + alias;
    }
}
