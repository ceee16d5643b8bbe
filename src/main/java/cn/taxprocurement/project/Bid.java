package cn.taxprocurement.project;

import cn.taxprocurement.vendor.Vendor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's sealed bid (投标) on a published project; its amount stays unread until the deadline. */
@Entity
@Table(name = "bid")
public class Bid {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    Long projectId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(nullable = false)
    BigDecimal amount;

    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt;

    protected Bid() {}

    /** A first bid of an ACTIVE vendor, while the project takes bids. */
    static Bid place(Project project, Vendor vendor, BigDecimal amount, Instant now) {
        requireBidder(vendor);
        project.requireOpenForBids(now);
        Bid bid = new Bid();
        bid.projectId = project.id;
        bid.vendorId = vendor.id();
        bid.amount = amount.setScale(2);
        bid.submittedAt = now;
        return bid;
    }

    /** The vendor's new bid replaces its earlier one, under the same rules as a first bid. */
    void replace(Project project, Vendor vendor, BigDecimal newAmount, Instant now) {
        requireBidder(vendor);
        project.requireOpenForBids(now);
        amount = newAmount.setScale(2);
        submittedAt = now;
    }

    private static void requireBidder(Vendor vendor) {
        if (!vendor.isActive()) {
            throw new VendorCannotBid("供应商当前状态为 " + vendor.status() + "，审核通过（ACTIVE）后才能投标");
        }
    }
}
