package cn.taxprocurement.project;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.vendor.Vendor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A vendor's sealed bid (投标) on a published project; its amount stays unread until the deadline. Bids are never
 * changed: a vendor's new bid is a new row, and its newest row is its current bid.
 */
@Entity
@Immutable
@Table(name = "bid")
public class Bid {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    Long projectId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(nullable = false, updatable = false)
    BigDecimal amount;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    protected Bid() {}

    /**
     * A bid of an ACTIVE vendor the project takes bids from, while it takes them, within the budget; it supersedes the
     * vendor's earlier ones.
     */
    static Bid place(Project project, Vendor vendor, BigDecimal amount, Instant now) {
        requireBidder(vendor);
        project.requireOpenForBids(vendor, now);
        if (amount.compareTo(project.budgetAmount) > 0) {
            throw new Refusal(RefusalCode.BID_ABOVE_BUDGET);
        }
        Bid bid = new Bid();
        bid.projectId = project.id;
        bid.vendorId = vendor.id();
        bid.amount = amount.setScale(2);
        bid.submittedAt = now;
        return bid;
    }

    private static void requireBidder(Vendor vendor) {
        if (!vendor.isActive()) {
            throw new Refusal(RefusalCode.VENDOR_NOT_ACTIVE, vendor.status());
        }
    }
}
