package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's request to lower an approved listing's price during its round, decided by an officer. */
@Entity
@Table(name = "price_change")
public class PriceChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    Long productId;

    @Column(name = "old_price", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal oldPrice;

    @Column(name = "new_price", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal newPrice;

    @Column(nullable = false, updatable = false)
    String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PriceChangeStatus status;

    @Column(name = "reject_reason")
    String rejectReason;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    Instant proposedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    /** The listing's id while the request is pending, so that the unique key allows one pending request a listing. */
    @Column(name = "pending_product_id")
    Long pendingProductId;

    @Version
    long version;

    protected PriceChange() {}

    /** Asks for the listing's price to fall to {@code newPrice}; the listing checks that it may. */
    static PriceChange propose(Product product, RoundStatus round, BigDecimal newPrice, String reason, String by) {
        product.requirePriceCut(round, newPrice);
        PriceChange change = new PriceChange();
        change.productId = product.id;
        change.oldPrice = product.unitPrice;
        change.newPrice = newPrice;
        change.reason = reason;
        change.status = PriceChangeStatus.PENDING;
        change.proposedBy = by;
        change.proposedAt = Instant.now();
        change.pendingProductId = product.id;
        return change;
    }

    /** An officer agrees: the listing's price becomes the new one from now on. */
    void approve(Product product, String by) {
        requirePending();
        product.cutPrice(newPrice);
        decide(PriceChangeStatus.APPROVED, by);
    }

    /** An officer refuses, saying why; the listing keeps its price. */
    void reject(String reason, String by) {
        requirePending();
        rejectReason = reason;
        decide(PriceChangeStatus.REJECTED, by);
    }

    private void decide(PriceChangeStatus decision, String by) {
        status = decision;
        decidedBy = by;
        decidedAt = Instant.now();
        pendingProductId = null;
    }

    private void requirePending() {
        if (status != PriceChangeStatus.PENDING) {
            throw new Refusal(RefusalCode.PRICE_CHANGE_NOT_PENDING, id, status);
        }
    }

    public Long id() {
        return id;
    }
}
