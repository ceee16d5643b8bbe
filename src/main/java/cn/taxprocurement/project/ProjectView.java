package cn.taxprocurement.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A project as the API shows it. */
public record ProjectView(
        long id,
        String code,
        String title,
        int year,
        String categoryCode,
        ProcurementMethod method,
        String methodName,
        BigDecimal budgetAmount,
        BigDecimal awardedAmount,
        Long awardedVendorId,
        Long awardedBidId,
        ProjectStatus status,
        Long batchId,
        Long mergedIntoId,
        OffsetDateTime bidDeadline,
        String createdBy,
        List<String> creators,
        OffsetDateTime createdAt,
        OffsetDateTime publishedAt,
        String awardedBy,
        OffsetDateTime awardedAt,
        String failReason,
        String cancelReason,
        EvaluationMethod evaluationMethod,
        Integer priceWeight,
        ProjectSource source,
        List<Long> invitedVendorIds,
        OffsetDateTime intentionAt,
        OffsetDateTime bidsOpenedAt,
        String bidsOpenedBy,
        Integer validBidCount,
        String awardReason,
        String reference,
        String recordedBy,
        String confirmedBy,
        long version) {

    static ProjectView of(Project p) {
        return new ProjectView(
                p.id,
                p.code,
                p.title,
                p.year,
                p.categoryCode,
                p.method,
                p.method.label(),
                p.budgetAmount,
                p.awardedAmount,
                p.awardedVendorId,
                p.awardedBidId,
                p.status,
                p.batchId,
                p.mergedIntoId,
                utc(p.bidDeadline),
                p.createdBy,
                p.creators(),
                utc(p.createdAt),
                utc(p.publishedAt),
                p.awardedBy,
                utc(p.awardedAt),
                p.failReason,
                p.cancelReason,
                p.evaluationMethod,
                p.priceWeight,
                p.source,
                p.invitedVendorIds.stream().sorted().toList(),
                utc(p.intentionAt),
                utc(p.bidsOpenedAt),
                p.bidsOpenedBy,
                p.validBidCount,
                p.awardReason,
                p.reference,
                p.recordedBy,
                p.confirmedBy,
                p.version);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
