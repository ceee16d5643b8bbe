package cn.taxprocurement.order;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A competition (二次竞价) among shortlisted listings of one category: their vendors quote, sealed until the deadline;
 * closed after it, the lowest quote (the earliest on a tie) becomes an order, and without quotes it fails.
 */
@Entity
@Table(name = "competition")
public class Competition {
    /** Fewer vendors than this make no competition. */
    static final int MIN_VENDORS = 3;

    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    String title;

    @Column(name = "category_code", nullable = false, updatable = false)
    String categoryCode;

    @Column(nullable = false, updatable = false)
    int quantity;

    @Column(nullable = false, updatable = false)
    String requirement;

    @Column(name = "delivery_address", updatable = false)
    String deliveryAddress;

    @Column(nullable = false, updatable = false)
    String unit;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "created_subject", nullable = false, updatable = false)
    String createdSubject;

    @Column(nullable = false, updatable = false)
    Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CompetitionStatus status;

    @Column(name = "order_id")
    Long orderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competition_listing", joinColumns = @JoinColumn(name = "competition_id"))
    List<InvitedListing> listings = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    long version;

    protected Competition() {}

    /**
     * A competition among orderable listings of {@code categoryCode}, of at least three vendors, whose deadline leaves
     * vendors at least {@code minPeriod} to quote.
     */
    static Competition start(
            String title,
            String categoryCode,
            int quantity,
            String requirement,
            String deliveryAddress,
            List<Listing> listings,
            Instant deadline,
            Duration minPeriod,
            Actor officer,
            String unit,
            Instant now) {
        Instant earliest = now.plus(minPeriod);
        if (deadline.isBefore(earliest)) {
            throw Refusal.onField(
                    "deadline",
                    RefusalCode.COMPETITION_DEADLINE_TOO_SOON,
                    BEIJING_TIME.format(earliest.atZone(OrderService.BEIJING)));
        }
        for (Listing listing : listings) {
            if (!listing.categoryCode().equals(categoryCode)) {
                throw new Refusal(
                        RefusalCode.LISTING_NOT_OF_CATEGORY, listing.id(), listing.categoryCode(), categoryCode);
            }
        }
        long vendors = listings.stream().map(Listing::vendorId).distinct().count();
        if (vendors < MIN_VENDORS) {
            throw new Refusal(RefusalCode.COMPETITION_TOO_FEW_VENDORS, vendors, MIN_VENDORS);
        }
        Competition competition = new Competition();
        competition.title = title;
        competition.categoryCode = categoryCode;
        competition.quantity = quantity;
        competition.requirement = requirement;
        competition.deliveryAddress = deliveryAddress;
        competition.unit = unit;
        competition.createdBy = officer.name();
        competition.createdSubject = officer.subject();
        competition.deadline = deadline;
        competition.status = CompetitionStatus.OPEN;
        listings.forEach(l -> competition.listings.add(new InvitedListing(l.id(), l.vendorId())));
        competition.createdAt = now;
        return competition;
    }

    boolean invites(long vendorId) {
        return listings.stream().anyMatch(l -> l.vendorId.equals(vendorId));
    }

    List<Long> invitedVendorIds() {
        return List.copyOf(new TreeSet<>(listings.stream().map(l -> l.vendorId).toList()));
    }

    List<Long> productIds() {
        return listings.stream().map(l -> l.productId).toList();
    }

    boolean sealed(Instant now) {
        return now.isBefore(deadline);
    }

    /**
     * A quote of {@code vendorId} on one of its own listings of this competition, before the deadline, at no more than
     * the listing's current price.
     */
    void requireQuotable(long vendorId, Listing listing, BigDecimal unitPrice, Instant now) {
        if (status != CompetitionStatus.OPEN || !now.isBefore(deadline)) {
            throw new Refusal(RefusalCode.COMPETITION_DEADLINE_PASSED, id);
        }
        if (!invites(vendorId)) {
            throw new Refusal(RefusalCode.COMPETITION_NOT_INVITED, id);
        }
        boolean offered =
                listings.stream().anyMatch(l -> l.productId.equals(listing.id()) && l.vendorId.equals(vendorId));
        if (!offered) {
            throw new Refusal(RefusalCode.QUOTE_LISTING_NOT_OFFERED, listing.id(), id);
        }
        if (unitPrice.compareTo(listing.unitPrice()) > 0) {
            throw new Refusal(
                    RefusalCode.QUOTE_ABOVE_LISTED_PRICE,
                    unitPrice.toPlainString(),
                    listing.unitPrice().toPlainString());
        }
    }

    /**
     * Closes after the deadline: the lowest of the current quotes wins, the earliest on a tie; none leaves it FAILED.
     */
    Optional<CompetitionQuote> close(List<CompetitionQuote> current, Instant now) {
        if (status != CompetitionStatus.OPEN) {
            throw new Refusal(RefusalCode.COMPETITION_CLOSED, id, status);
        }
        if (now.isBefore(deadline)) {
            throw new Refusal(RefusalCode.COMPETITION_STILL_OPEN, id);
        }
        closedAt = now;
        Optional<CompetitionQuote> lowest = current.stream()
                .min(Comparator.comparing((CompetitionQuote q) -> q.unitPrice)
                        .thenComparing(q -> q.submittedAt)
                        .thenComparing(q -> q.id));
        status = lowest.isPresent() ? CompetitionStatus.AWARDED : CompetitionStatus.FAILED;
        return lowest;
    }

    void ordered(PurchaseOrder order) {
        orderId = order.id;
    }

    /** Closing is for the officers of the unit that started it. */
    void requireBuyingUnit(Actor actor) {
        if (!unit.equals(actor.unit())) {
            throw new Refusal(RefusalCode.NOT_BUYING_UNIT, title, unit);
        }
    }
}
