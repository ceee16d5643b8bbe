package cn.taxprocurement.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A bid as the API shows it: to its vendor at any time, to officers once the deadline has passed. */
public record BidView(long id, long projectId, long vendorId, BigDecimal amount, OffsetDateTime submittedAt) {
    static BidView of(Bid bid) {
        return new BidView(bid.id, bid.projectId, bid.vendorId, bid.amount, ProjectView.utc(bid.submittedAt));
    }
}
