package cn.taxprocurement.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of a project's valid bids (评标). LOWEST_PRICE ranks by amount; COMPREHENSIVE_SCORE by totalScore =
 * priceScore + otherScore, where priceScore = lowest valid amount ÷ amount × priceWeight (2 decimals, HALF_UP). Ties
 * go to the earlier bid.
 */
public record Evaluation(EvaluationMethod method, List<Entry> ranking) {
    public static final int MIN_PRICE_WEIGHT = 10;
    public static final int MAX_PRICE_WEIGHT = 100;
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    /** A valid bid to rank; {@code otherScore} (the non-price points) counts only for COMPREHENSIVE_SCORE. */
    public record ValidBid(
            long bidId,
            long vendorId,
            String vendorName,
            BigDecimal amount,
            Instant submittedAt,
            BigDecimal otherScore) {
        public ValidBid {
            if (amount == null || amount.signum() <= 0 || submittedAt == null) {
                throw new IllegalArgumentException("有效投标应有大于 0 的报价和投标时间");
            }
        }
    }

    /** One line of the ranking; the scores are null under LOWEST_PRICE. */
    public record Entry(
            int rank,
            long bidId,
            long vendorId,
            String vendorName,
            BigDecimal amount,
            BigDecimal priceScore,
            BigDecimal otherScore,
            BigDecimal totalScore) {}

    /**
     * Ranks the valid bids. Under COMPREHENSIVE_SCORE {@code priceWeight} must be 10–100 and a bid not yet scored
     * (otherScore null) counts 0.00 other points; under LOWEST_PRICE the weight is ignored.
     */
    public static Evaluation of(EvaluationMethod method, Integer priceWeight, List<ValidBid> bids) {
        return switch (method) {
            case LOWEST_PRICE -> new Evaluation(method, byLowestPrice(bids));
            case COMPREHENSIVE_SCORE -> new Evaluation(method, byComprehensiveScore(requireWeight(priceWeight), bids));
        };
    }

    /** The most non-price points a bid may get: 100 − priceWeight. */
    public static BigDecimal maxOtherScore(int priceWeight) {
        return FULL_MARKS
                .subtract(BigDecimal.valueOf(requireWeight(priceWeight)))
                .setScale(2);
    }

    /** The first-ranked bid's id, or null when there is no valid bid. */
    public Long firstBidId() {
        return ranking.isEmpty() ? null : ranking.get(0).bidId();
    }

    private static List<Entry> byLowestPrice(List<ValidBid> bids) {
        List<ValidBid> sorted = bids.stream()
                .sorted(Comparator.comparing(ValidBid::amount).thenComparing(Evaluation::earlier))
                .toList();
        List<Entry> ranking = new ArrayList<>();
        for (ValidBid bid : sorted) {
            ranking.add(new Entry(
                    ranking.size() + 1, bid.bidId(), bid.vendorId(), bid.vendorName(), money(bid), null, null, null));
        }
        return List.copyOf(ranking);
    }

    private static List<Entry> byComprehensiveScore(int priceWeight, List<ValidBid> bids) {
        BigDecimal lowest = bids.stream()
                .map(ValidBid::amount)
                .min(Comparator.naturalOrder())
                .orElse(null);
        record Scored(ValidBid bid, BigDecimal priceScore, BigDecimal otherScore, BigDecimal totalScore) {}
        List<Scored> scored = bids.stream()
                .map(bid -> {
                    // lowest × weight ÷ amount is the contract's lowest ÷ amount × weight, rounded once.
                    BigDecimal price = lowest.multiply(BigDecimal.valueOf(priceWeight))
                            .divide(bid.amount(), 2, RoundingMode.HALF_UP);
                    BigDecimal other = bid.otherScore() == null
                            ? BigDecimal.ZERO.setScale(2)
                            : bid.otherScore().setScale(2, RoundingMode.HALF_UP);
                    return new Scored(bid, price, other, price.add(other));
                })
                .sorted(Comparator.comparing(Scored::totalScore)
                        .reversed()
                        .thenComparing(Scored::bid, Evaluation::earlier))
                .toList();
        List<Entry> ranking = new ArrayList<>();
        for (Scored s : scored) {
            ranking.add(new Entry(
                    ranking.size() + 1,
                    s.bid().bidId(),
                    s.bid().vendorId(),
                    s.bid().vendorName(),
                    money(s.bid()),
                    s.priceScore(),
                    s.otherScore(),
                    s.totalScore()));
        }
        return List.copyOf(ranking);
    }

    // Earlier submission first; the bid id settles bids of the same instant.
    private static int earlier(ValidBid a, ValidBid b) {
        int byTime = a.submittedAt().compareTo(b.submittedAt());
        return byTime != 0 ? byTime : Long.compare(a.bidId(), b.bidId());
    }

    private static BigDecimal money(ValidBid bid) {
        return bid.amount().setScale(2, RoundingMode.HALF_UP);
    }

    private static int requireWeight(Integer priceWeight) {
        if (priceWeight == null || priceWeight < MIN_PRICE_WEIGHT || priceWeight > MAX_PRICE_WEIGHT) {
            throw new IllegalArgumentException("价格权重应在 10 到 100 之间");
        }
        return priceWeight;
    }
}
