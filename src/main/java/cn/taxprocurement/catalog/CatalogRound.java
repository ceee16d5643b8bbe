package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A yearly shortlist round (入围采购): which categories vendors may list products in, while it is open. */
@Entity
@Table(name = "catalog_round")
public class CatalogRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_year", nullable = false, updatable = false)
    int year;

    @Column(nullable = false)
    String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_round_category", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "category_code", nullable = false)
    Set<String> categoryCodes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "category_count")
    Integer categoryCount;

    @Column(name = "vendor_count")
    Integer vendorCount;

    @Column(name = "product_count")
    Integer productCount;

    @Column(name = "brand_count")
    Integer brandCount;

    @Version
    long version;

    protected CatalogRound() {}

    /** A new round of {@code year}, open for listings in the given categories (which the caller checked exist). */
    public static CatalogRound open(int year, String name, Set<String> categoryCodes) {
        if (categoryCodes.isEmpty()) {
            throw new IllegalArgumentException("a round shortlists at least one category");
        }
        CatalogRound round = new CatalogRound();
        round.year = year;
        round.name = name;
        round.categoryCodes.addAll(categoryCodes);
        round.status = RoundStatus.OPEN;
        round.createdAt = Instant.now();
        return round;
    }

    /** No more listings: the round's shortlist is fixed, and so are its figures, as they were at {@code now}. */
    void close(ShortlistFigures figures, Instant now) {
        if (status == RoundStatus.CLOSED) {
            throw new Refusal(RefusalCode.ROUND_CLOSED, name);
        }
        status = RoundStatus.CLOSED;
        closedAt = now;
        categoryCount = figures.categoryCount();
        vendorCount = figures.vendorCount();
        productCount = figures.productCount();
        brandCount = figures.brandCount();
    }

    /** The figures frozen when the round closed; null while it is open. */
    ShortlistFigures figures() {
        return closedAt == null ? null : new ShortlistFigures(categoryCount, vendorCount, productCount, brandCount);
    }

    Instant closedAt() {
        return closedAt;
    }

    void requireListable(String categoryCode) {
        requireOpen(status);
        if (!categoryCodes.contains(categoryCode)) {
            throw new Refusal(RefusalCode.CATEGORY_NOT_IN_ROUND, categoryCode, name);
        }
    }

    /** Refuses listings unless {@code committed}, the round's status as read under a lock, is OPEN. */
    void requireOpen(RoundStatus committed) {
        if (committed != RoundStatus.OPEN) {
            throw new Refusal(RefusalCode.ROUND_CLOSED, name);
        }
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String name() {
        return name;
    }

    public RoundStatus status() {
        return status;
    }

    public List<String> categoryCodes() {
        return List.copyOf(new TreeSet<>(categoryCodes));
    }
}
