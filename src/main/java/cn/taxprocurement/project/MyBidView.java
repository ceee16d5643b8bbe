package cn.taxprocurement.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A vendor's own current bid on a project, with what became of it. */
public record MyBidView(
        long id,
        long projectId,
        String projectCode,
        String title,
        ProjectStatus status,
        long vendorId,
        BigDecimal amount,
        OffsetDateTime submittedAt,
        BidOutcome outcome) {
    static MyBidView of(Project project, Bid bid) {
        return new MyBidView(
                bid.id,
                project.id,
                project.code,
                project.title,
                project.status,
                bid.vendorId,
                bid.amount,
                ProjectView.utc(bid.submittedAt),
                BidOutcome.of(project, bid));
    }
}
