package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The medians found by search against the other vendors' prices sorted and counted one by one. */
class PeerPricesTest {
    @Test
    void theMedianOfTheOtherVendorsPricesIsTheMiddleOneOrTheMeanOfTheMiddleTwo() {
        PeerPrices prices =
                new PeerPrices(new long[] {1, 2, 1, 3, 2}, new long[] {100_00, 200_00, 300_00, 400_00, 501_01});

        assertThat(prices.countWithout(1)).isEqualTo(3);
        assertThat(prices.medianWithout(1)).isEqualByComparingTo("400.00");
        assertThat(prices.countWithout(2)).isEqualTo(3);
        assertThat(prices.medianWithout(2)).isEqualByComparingTo("300.00");
        assertThat(prices.countWithout(3)).isEqualTo(4);
        assertThat(prices.medianWithout(3)).isEqualByComparingTo("250.00");
        assertThat(prices.countWithout(9)).isEqualTo(5);
        assertThat(prices.medianWithout(9)).isEqualByComparingTo("300.00");
    }

    @Test
    void aVendorAloneInItsCategoryHasNoPeers() {
        PeerPrices prices = new PeerPrices(new long[] {7, 7}, new long[] {100_00, 100_00});

        assertThat(prices.countWithout(7)).isZero();
        assertThat(prices.medianWithout(7)).isNull();
    }

    @Test
    void tenThousandRandomCategoriesWithTiedPricesAgreeWithCountingOneByOne() {
        Random random = new Random(20261130);
        for (int round = 0; round < 10_000; round++) {
            int size = random.nextInt(40);
            int vendors = 1 + random.nextInt(6);
            List<long[]> offers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                offers.add(new long[] {random.nextInt(vendors), 100 * (1 + random.nextInt(12))});
            }
            offers.sort(Comparator.comparingLong(offer -> offer[1]));
            PeerPrices prices = new PeerPrices(
                    offers.stream().mapToLong(offer -> offer[0]).toArray(),
                    offers.stream().mapToLong(offer -> offer[1]).toArray());
            for (long vendor = 0; vendor <= vendors; vendor++) {
                long me = vendor;
                long[] others = offers.stream()
                        .filter(offer -> offer[0] != me)
                        .mapToLong(offer -> offer[1])
                        .sorted()
                        .toArray();
                assertThat(prices.countWithout(vendor)).isEqualTo(others.length);
                BigDecimal median = prices.medianWithout(vendor);
                if (others.length == 0) {
                    assertThat(median).isNull();
                } else {
                    assertThat(median)
                            .as("%s without vendor %d", Arrays.toString(others), vendor)
                            .isEqualByComparingTo(countedMedian(others));
                }
            }
        }
    }

    private static BigDecimal countedMedian(long[] sorted) {
        int n = sorted.length;
        BigDecimal middle = BigDecimal.valueOf(sorted[(n - 1) / 2], 2);
        return n % 2 == 1
                ? middle
                : middle.add(BigDecimal.valueOf(sorted[n / 2], 2))
                        .divide(BigDecimal.valueOf(2), 3, RoundingMode.UNNECESSARY);
    }
}
