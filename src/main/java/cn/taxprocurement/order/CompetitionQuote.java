package cn.taxprocurement.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's sealed quote in a competition; never changed: a newer quote of the same vendor supersedes it. */
@Entity
@Table(name = "competition_quote")
public class CompetitionQuote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "competition_id", nullable = false, updatable = false)
    Long competitionId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(name = "product_id", nullable = false, updatable = false)
    Long productId;

    @Column(name = "unit_price", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal unitPrice;

    /** The listing's price when the quote was made: the order keeps it as its listed price. */
    @Column(name = "listed_price", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal listedPrice;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    protected CompetitionQuote() {}

    static CompetitionQuote of(
            Competition competition, long vendorId, Listing listing, BigDecimal unitPrice, Instant now) {
        CompetitionQuote quote = new CompetitionQuote();
        quote.competitionId = competition.id;
        quote.vendorId = vendorId;
        quote.productId = listing.id();
        quote.unitPrice = unitPrice.setScale(2);
        quote.listedPrice = listing.unitPrice();
        quote.submittedAt = now;
        return quote;
    }
}
