package cn.taxprocurement.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One price a listing has had in the catalog, from when and by whose approval; written once, never changed. */
@Entity
@Immutable
@Table(name = "price_history")
public class PriceHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    Long productId;

    @Column(name = "unit_price", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal unitPrice;

    @Column(name = "effective_from", nullable = false, updatable = false)
    Instant effectiveFrom;

    @Column(name = "approved_by", nullable = false, updatable = false)
    String approvedBy;

    protected PriceHistory() {}

    /** The listing's current price, in force from {@code at}, approved by {@code approvedBy}. */
    static PriceHistory of(Product product, Instant at, String approvedBy) {
        PriceHistory point = new PriceHistory();
        point.productId = product.id;
        point.unitPrice = product.unitPrice;
        point.effectiveFrom = at;
        point.approvedBy = approvedBy;
        return point;
    }

    PricePoint view() {
        return new PricePoint(unitPrice, ProductView.utc(effectiveFrom), approvedBy);
    }
}
