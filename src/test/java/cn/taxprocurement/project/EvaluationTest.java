package cn.taxprocurement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.taxprocurement.project.Evaluation.Entry;
import cn.taxprocurement.project.Evaluation.ValidBid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final Instant NINE = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void lowestPriceRanksByAmountAndTheEarlierBidWinsATie() {
        Evaluation evaluation = Evaluation.of(
                EvaluationMethod.LOWEST_PRICE,
                null,
                List.of(
                        bid(1, "甲公司", "880000.00", 0, null),
                        bid(2, "乙公司", "860000.00", 30, null),
                        bid(3, "丙公司", "860000.00", 10, null),
                        bid(4, "丁公司", "990000", 5, null)));

        assertThat(evaluation.method()).isEqualTo(EvaluationMethod.LOWEST_PRICE);
        assertThat(evaluation.ranking())
                .extracting(Entry::rank, Entry::bidId, Entry::vendorName, Entry::amount)
                .containsExactly(
                        tuple(1, 3L, "丙公司", new BigDecimal("860000.00")),
                        tuple(2, 2L, "乙公司", new BigDecimal("860000.00")),
                        tuple(3, 1L, "甲公司", new BigDecimal("880000.00")),
                        tuple(4, 4L, "丁公司", new BigDecimal("990000.00")));
        assertThat(evaluation.ranking().get(0).vendorId()).isEqualTo(1003L);
        assertThat(evaluation.ranking())
                .allSatisfy(entry -> assertThat(entry.priceScore()).isNull());
        assertThat(evaluation.firstBidId()).isEqualTo(3L);
    }

    @Test
    void comprehensiveScoreAddsThePriceScoreOfTheLowestAmountToTheOtherPoints() {
        // Price weight 30; the lowest valid amount is 950000.00.
        Evaluation evaluation = Evaluation.of(
                EvaluationMethod.COMPREHENSIVE_SCORE,
                30,
                List.of(
                        bid(1, "甲公司", "1000000.00", 0, "60"),
                        bid(2, "乙公司", "950000.00", 1, "55.00"),
                        bid(3, "丙公司", "1100000.00", 2, "68.00")));

        List<Entry> ranking = evaluation.ranking();
        // 丙: 950000 ÷ 1100000 × 30 = 25.909… → 25.91, + 68.00 = 93.91.
        assertThat(ranking.get(0)).isEqualTo(entry(1, 3, "丙公司", "1100000.00", "25.91", "68.00", "93.91"));
        // 甲: 950000 ÷ 1000000 × 30 = 28.50, + 60.00 = 88.50.
        assertThat(ranking.get(1)).isEqualTo(entry(2, 1, "甲公司", "1000000.00", "28.50", "60.00", "88.50"));
        // 乙, the lowest amount, gets the full 30.00, + 55.00 = 85.00.
        assertThat(ranking.get(2)).isEqualTo(entry(3, 2, "乙公司", "950000.00", "30.00", "55.00", "85.00"));
        assertThat(evaluation.firstBidId()).isEqualTo(3L);
    }

    @Test
    void thePriceScoreIsRoundedOnceHalfUpToTwoDecimals() {
        // 100 ÷ 8000 × 10 = 0.125 → 0.13 (half-even would give 0.12).
        Evaluation evaluation = Evaluation.of(
                EvaluationMethod.COMPREHENSIVE_SCORE,
                10,
                List.of(bid(1, "甲公司", "100.00", 0, "0"), bid(2, "乙公司", "8000.00", 1, "0")));

        assertThat(evaluation.ranking().get(1).priceScore()).isEqualByComparingTo("0.13");
        assertThat(evaluation.ranking().get(1).priceScore().scale()).isEqualTo(2);
        assertThat(evaluation.ranking().get(0).priceScore()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void anEqualTotalGoesToTheEarlierBid() {
        // Weight 50: 甲 50.00 + 40 = 90.00; 乙 100 ÷ 125 × 50 = 40.00 + 50 = 90.00, and bid earlier.
        Evaluation evaluation = Evaluation.of(
                EvaluationMethod.COMPREHENSIVE_SCORE,
                50,
                List.of(bid(1, "甲公司", "100.00", 20, "40"), bid(2, "乙公司", "125.00", 10, "50")));

        assertThat(evaluation.ranking())
                .extracting(Entry::bidId, Entry::totalScore)
                .containsExactly(tuple(2L, new BigDecimal("90.00")), tuple(1L, new BigDecimal("90.00")));
    }

    @Test
    void aBidNotYetScoredCountsNoOtherPoints() {
        Evaluation evaluation =
                Evaluation.of(EvaluationMethod.COMPREHENSIVE_SCORE, 100, List.of(bid(1, "甲公司", "500.00", 0, null)));

        assertThat(evaluation.ranking().get(0)).isEqualTo(entry(1, 1, "甲公司", "500.00", "100.00", "0.00", "100.00"));
    }

    @Test
    void noValidBidsMakeAnEmptyRanking() {
        Evaluation evaluation = Evaluation.of(EvaluationMethod.COMPREHENSIVE_SCORE, 40, List.of());

        assertThat(evaluation.ranking()).isEmpty();
        assertThat(evaluation.firstBidId()).isNull();
    }

    @Test
    void theComprehensiveScoreNeedsAPriceWeightFromTenToAHundred() {
        List<ValidBid> bids = List.of(bid(1, "甲公司", "100.00", 0, "0"));
        for (Integer weight : new Integer[] {null, 9, 101}) {
            assertThatThrownBy(() -> Evaluation.of(EvaluationMethod.COMPREHENSIVE_SCORE, weight, bids))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Evaluation.maxOtherScore(30)).isEqualTo(new BigDecimal("70.00"));
        assertThat(Evaluation.maxOtherScore(100)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aValidBidHasAPositiveAmount() {
        assertThatThrownBy(() -> bid(1, "甲公司", "0.00", 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ValidBid bid(long id, String vendor, String amount, int secondsAfterNine, String otherScore) {
        return new ValidBid(
                id,
                1000 + id,
                vendor,
                new BigDecimal(amount),
                NINE.plusSeconds(secondsAfterNine),
                otherScore == null ? null : new BigDecimal(otherScore));
    }

    private static Entry entry(
            int rank, long bidId, String vendor, String amount, String price, String other, String total) {
        return new Entry(
                rank,
                bidId,
                1000 + bidId,
                vendor,
                new BigDecimal(amount),
                new BigDecimal(price),
                new BigDecimal(other),
                new BigDecimal(total));
    }
}
