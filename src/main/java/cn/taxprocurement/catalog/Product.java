package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import cn.taxprocurement.vendor.Vendor;
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
import java.util.Objects;

/** A vendor's product listing (产品) in a shortlist round: brand, model, specs and unit price, reviewed by officers. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(name = "round_id", nullable = false, updatable = false)
    Long roundId;

    @Column(name = "category_code", nullable = false, updatable = false)
    String categoryCode;

    @Column(nullable = false, updatable = false)
    String brand;

    @Column(nullable = false, updatable = false)
    String model;

    @Column(nullable = false, updatable = false)
    String specs;

    /** Changes only by an officer-approved price cut, recorded in {@link PriceHistory}. */
    @Column(name = "unit_price", nullable = false, precision = 18, scale = 2)
    BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ProductStatus status;

    @Column(name = "reject_reason")
    String rejectReason;

    @Column(name = "suspend_reason")
    String suspendReason;

    /** The folded brand: brands are counted and filtered in this form. */
    @Column(name = "brand_key", nullable = false, updatable = false)
    String brandKey;

    /** Folded brand and model while the listing is live; freed (null) once rejected or withdrawn. */
    @Column(name = "listing_key")
    String listingKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    protected Product() {}

    /**
     * A vendor lists a product in a round: the vendor must be admitted, the round open and the category one of the
     * round's. Uniqueness of brand and model per vendor and round is the repository's to check, on {@link #listingKey}.
     */
    public static Product list(
            Vendor vendor,
            CatalogRound round,
            String categoryCode,
            String brand,
            String model,
            String specs,
            BigDecimal unitPrice) {
        if (!vendor.isActive()) {
            throw new Refusal(RefusalCode.VENDOR_NOT_ACTIVE, vendor.status());
        }
        round.requireListable(categoryCode);
        Product product = new Product();
        product.vendorId = vendor.id();
        product.roundId = round.id();
        product.categoryCode = categoryCode;
        product.brand = brand.strip();
        product.model = model.strip();
        product.specs = specs == null ? "" : specs.strip();
        product.unitPrice = Money.Limit.PRICE.checked("unitPrice", unitPrice);
        product.status = ProductStatus.SUBMITTED;
        product.brandKey = ListingKey.fold(brand);
        product.listingKey = ListingKey.of(brand, model);
        product.createdAt = Instant.now();
        return product;
    }

    /** An officer admits the listing into the shortlisted catalog. */
    public void approve(RoundStatus round) {
        requireSubmitted();
        // A closed round's shortlist is fixed: what was not admitted by then stays out.
        requireRoundOpen(round);
        status = ProductStatus.APPROVED;
    }

    /** An officer refuses the listing, saying why; the vendor may list the same brand and model again. */
    public void reject(String reason) {
        requireSubmitted();
        status = ProductStatus.REJECTED;
        rejectReason = reason;
        listingKey = null;
    }

    /** Its vendor takes the listing back, before or after approval, while its round ({@code round}) is open. */
    public void withdraw(RoundStatus round) {
        if (status != ProductStatus.SUBMITTED && status != ProductStatus.APPROVED) {
            throw new Refusal(RefusalCode.LISTING_NOT_WITHDRAWABLE, status);
        }
        requireRoundOpen(round);
        status = ProductStatus.WITHDRAWN;
        listingKey = null;
    }

    /** An officer takes an approved listing out of the catalog and of orders, saying why; also after its round closed. */
    public void suspend(String reason) {
        if (status != ProductStatus.APPROVED) {
            throw new Refusal(RefusalCode.LISTING_NOT_SUSPENDABLE, status);
        }
        status = ProductStatus.SUSPENDED;
        suspendReason = reason;
    }

    /** A price may only fall, on an approved listing, while its round ({@code round}) is open. */
    void requirePriceCut(RoundStatus round, BigDecimal newPrice) {
        if (status != ProductStatus.APPROVED) {
            throw new Refusal(RefusalCode.PRICE_CHANGE_NOT_APPROVED, status);
        }
        requireRoundOpen(round);
        if (newPrice.compareTo(unitPrice) >= 0) {
            throw new Refusal(RefusalCode.PRICE_NOT_LOWER, newPrice, unitPrice);
        }
    }

    /** The approved cut takes effect; the listing must still be in the catalog. */
    void cutPrice(BigDecimal newPrice) {
        if (status != ProductStatus.APPROVED) {
            throw new Refusal(RefusalCode.PRICE_CHANGE_NOT_APPROVED, status);
        }
        unitPrice = Money.Limit.PRICE.checked("unitPrice", newPrice);
    }

    private static void requireRoundOpen(RoundStatus round) {
        if (round != RoundStatus.OPEN) {
            throw new Refusal(RefusalCode.LISTING_ROUND_CLOSED);
        }
    }

    boolean belongsTo(Vendor vendor) {
        return Objects.equals(vendorId, vendor.id());
    }

    private void requireSubmitted() {
        if (status != ProductStatus.SUBMITTED) {
            throw new Refusal(RefusalCode.LISTING_NOT_REVIEWABLE, status);
        }
    }

    public Long id() {
        return id;
    }

    public ProductStatus status() {
        return status;
    }

    String listingKey() {
        return listingKey;
    }

    Long roundId() {
        return roundId;
    }
}
