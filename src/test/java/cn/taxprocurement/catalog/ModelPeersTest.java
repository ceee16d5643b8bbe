package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A round's model peers are found either by joining each listing to its key's other vendors or, for many listings, by
 * reading the round's key index whole: both give every listing of the demo catalog the same check, and the model
 * medians are MariaDB's own {@code MEDIAN()}.
 */
@QuarkusTest
class ModelPeersTest {
    @Inject
    DemoCatalog demo;

    @Inject
    EntityManager em;

    @Inject
    ProductRepository products;

    @Test
    void joiningAndReadingTheKeyIndexWholeGiveEveryListingTheCheckMariaDbWouldGive() {
        demo.load();
        List<Long> rounds = em.createNativeQuery(
                        "SELECT id FROM catalog_round WHERE round_year IN (2018, 2019)", Long.class)
                .getResultList();
        assertThat(rounds).hasSize(2);
        int checkedByModel = 0;
        for (long round : rounds) {
            ProductFilter everyListing = new ProductFilter(round, null, null, null, null, null);
            Map<Long, PriceCheck> joined = QuarkusTransaction.requiringNew()
                    .call(() -> products.priceChecks(everyListing, check -> true, Integer.MAX_VALUE));
            Map<Long, PriceCheck> scanned =
                    QuarkusTransaction.requiringNew().call(() -> products.priceChecks(everyListing, check -> true, 0));
            assertThat(joined).hasSizeGreaterThan(1_000).hasSameSizeAs(scanned);
            assertThat(joined.entrySet().stream()
                            .filter(check -> !check.getValue().equals(scanned.get(check.getKey()))))
                    .as("checks that differ between joining and reading the key index whole")
                    .isEmpty();

            for (Object result : em.createNativeQuery("SELECT DISTINCT t.id,"
                            + " COUNT(q.unit_price) OVER (PARTITION BY t.id),"
                            + " MEDIAN(q.unit_price) OVER (PARTITION BY t.id)"
                            + " FROM product t JOIN product q ON q.round_id = t.round_id"
                            + " AND q.listing_key = t.listing_key AND q.status IN ('SUBMITTED', 'APPROVED')"
                            + " AND q.vendor_id <> t.vendor_id WHERE t.round_id = ?1")
                    .setParameter(1, round)
                    .getResultList()) {
                Object[] row = (Object[]) result;
                int peers = ((Number) row[1]).intValue();
                if (peers >= PriceCheck.MIN_MODEL_PEERS) {
                    PriceCheck check = joined.get(((Number) row[0]).longValue());
                    assertThat(check.peerCount()).isEqualTo(peers);
                    assertThat(check.peerMedian())
                            .isEqualTo(new BigDecimal(row[2].toString()).setScale(2, RoundingMode.HALF_UP));
                    checkedByModel++;
                }
            }
        }
        assertThat(checkedByModel).isGreaterThan(100);
    }
}
