package cn.taxprocurement.project;

import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.RefusalCode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The opening record (开标记录) as the API shows it: every current bid as it was read out, and how many are valid. */
public record BidOpeningView(
        long projectId, OffsetDateTime openedAt, String openedBy, List<Line> bids, int validBidCount) {

    /** One bid read out at the opening; an invalid one names the rule it breaks, as a code and in Chinese. */
    public record Line(
            long bidId,
            long vendorId,
            String vendorName,
            BigDecimal amount,
            OffsetDateTime submittedAt,
            boolean valid,
            RefusalCode invalidCode,
            String invalidReason) {}

    static BidOpeningView of(Project project, List<OpenedBid> lines) {
        return new BidOpeningView(
                project.id,
                ProjectView.utc(project.bidsOpenedAt),
                project.bidsOpenedBy,
                lines.stream()
                        .map(l -> new Line(
                                l.bidId,
                                l.vendorId,
                                l.vendorName,
                                l.amount,
                                ProjectView.utc(l.submittedAt),
                                l.valid,
                                l.invalidReason,
                                l.invalidReason == null ? null : l.invalidReason.message(Languages.CHINESE)))
                        .toList(),
                (int) lines.stream().filter(l -> l.valid).count());
    }
}
