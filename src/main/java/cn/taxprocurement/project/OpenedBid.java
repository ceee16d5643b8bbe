package cn.taxprocurement.project;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.vendor.Vendor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the opening record (开标记录): a current bid as it was read out, valid or not and why; never changed. */
@Entity
@Immutable
@Table(name = "bid_opening")
public class OpenedBid {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    Long projectId;

    @Column(name = "bid_id", nullable = false, updatable = false)
    Long bidId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(name = "vendor_name", nullable = false, updatable = false)
    String vendorName;

    @Column(nullable = false, updatable = false)
    BigDecimal amount;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    @Column(nullable = false, updatable = false)
    boolean valid;

    @Enumerated(EnumType.STRING)
    @Column(name = "invalid_reason", updatable = false)
    RefusalCode invalidReason;

    protected OpenedBid() {}

    /** The line of {@code bid} by {@code vendor}, judged by the project's rules at the opening. */
    static OpenedBid of(Project project, Bid bid, Vendor vendor) {
        OpenedBid line = new OpenedBid();
        line.projectId = project.id;
        line.bidId = bid.id;
        line.vendorId = vendor.id();
        line.vendorName = vendor.name();
        line.amount = bid.amount;
        line.submittedAt = bid.submittedAt;
        line.invalidReason = project.invalidReason(bid, vendor);
        line.valid = line.invalidReason == null;
        return line;
    }

    /** The line as a bid to rank, with its non-price points if any. */
    Evaluation.ValidBid toValidBid(BigDecimal otherScore) {
        return new Evaluation.ValidBid(bidId, vendorId, vendorName, amount, submittedAt, otherScore);
    }
}
