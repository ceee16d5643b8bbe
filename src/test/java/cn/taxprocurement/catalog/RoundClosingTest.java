package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round closes between a listing's transaction first reading the round and the listing itself: the listing must
 * find it closed, not the open round its transaction saw before.
 */
@QuarkusTest
class RoundClosingTest {
    private static final String CATEGORY = "A02010104";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProductService products;

    @Inject
    ListingBatch listings;

    @Inject
    ProductRepository productRepository;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aListingWhoseTransactionSawTheRoundOpenIsRefusedOnceTheRoundClosed() throws Exception {
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        long round = fixtures.openRound(2076, CATEGORY);

        Future<ProductView> listing = closedWhileOpenIsSeen(
                round,
                () -> products.list(
                        CatalogFixtures.vendor(subject),
                        new ProductRequests.Create(round, CATEGORY, "联想", "M720t", "标准配置", new BigDecimal("4999.00"))));

        assertThatThrownBy(listing::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .is(Refused.by(RefusalCode.ROUND_CLOSED));
        assertThat(listingsIn(round)).isZero();
    }

    @Test
    void anImportedChunkWhoseTransactionSawTheRoundOpenIsRefusedOnceTheRoundClosed() throws Exception {
        String subject = CatalogFixtures.newSubject();
        long vendorId = fixtures.activeVendor(subject);
        long round = fixtures.openRound(2077, CATEGORY);
        var draft = new ListingBatch.Draft(CATEGORY, "华为", "MateStation", "标准配置", new BigDecimal("5999.00"));

        Future<ListingBatch.Listed> chunk =
                closedWhileOpenIsSeen(round, () -> listings.list(vendorId, round, 1L, List.of(draft)));

        assertThatThrownBy(chunk::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .is(Refused.by(RefusalCode.ROUND_CLOSED));
        assertThat(listingsIn(round)).isZero();
    }

    /**
     * Runs {@code listing} in a transaction that first reads the round while it is open; the round is closed (and
     * committed) after that read and before the listing runs.
     */
    private <T> Future<T> closedWhileOpenIsSeen(long round, Callable<T> listing) throws InterruptedException {
        CountDownLatch sawOpen = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Future<T> result = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            assertThat(rounds.get(round).status()).isEqualTo(RoundStatus.OPEN);
            sawOpen.countDown();
            closed.await();
            return listing.call();
        }));
        assertThat(sawOpen.await(30, TimeUnit.SECONDS)).isTrue();
        fixtures.closeRound(round);
        closed.countDown();
        return result;
    }

    private long listingsIn(long round) {
        return QuarkusTransaction.requiringNew().call(() -> productRepository.count("roundId", round));
    }
}
