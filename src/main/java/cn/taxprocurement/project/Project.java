package cn.taxprocurement.project;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A procurement project (采购项目): a budget, a lifecycle, and at the end an award; it carries its own rules. */
@Entity
@Table(name = "project")
public class Project {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    String code;

    @Column(nullable = false)
    String title;

    @Column(nullable = false, updatable = false)
    int year;

    @Column(name = "category_code", nullable = false, updatable = false)
    String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ProcurementMethod method;

    @Column(name = "budget_amount", nullable = false, updatable = false)
    BigDecimal budgetAmount;

    @Column(name = "awarded_amount")
    BigDecimal awardedAmount;

    @Column(name = "awarded_vendor_id")
    Long awardedVendorId;

    @Column(name = "awarded_bid_id")
    Long awardedBidId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ProjectStatus status;

    @Column(name = "batch_id", updatable = false)
    Long batchId;

    // Not "merged_into_id": MySQL Connector/J 9.6 takes any SELECT naming a column with "_into" for SELECT ... INTO
    // and refuses to run it as a query.
    @Column(name = "merged_to_id")
    Long mergedIntoId;

    @Column(name = "bid_deadline")
    Instant bidDeadline;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** Every officer who created this project or a draft merged into it: none of them may award it. */
    @ElementCollection
    @CollectionTable(name = "project_creator", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "subject", nullable = false)
    Set<String> creators = new TreeSet<>();

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "awarded_by")
    String awardedBy;

    @Column(name = "awarded_at")
    Instant awardedAt;

    @Column(name = "fail_reason")
    String failReason;

    @Column(name = "cancel_reason")
    String cancelReason;

    @Version
    long version;

    protected Project() {}

    /** A new draft with its budget; {@code batch} is null or a batch of the same year. */
    public static Project draft(
            String code,
            String title,
            int year,
            String categoryCode,
            ProcurementMethod method,
            BigDecimal budgetAmount,
            Batch batch,
            Actor creator,
            Instant now) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.onField("year", RefusalCode.YEAR_OUT_OF_RANGE);
        }
        Money.Limit.PROJECT.checked("budgetAmount", budgetAmount);
        if (batch != null && batch.year != year) {
            throw Refusal.onField("batchId", RefusalCode.BATCH_YEAR_MISMATCH, batch.name, batch.year, year);
        }
        Project project = new Project();
        project.code = code;
        project.title = title;
        project.year = year;
        project.categoryCode = Objects.requireNonNull(categoryCode);
        project.method = Objects.requireNonNull(method);
        project.budgetAmount = budgetAmount.setScale(2);
        project.batchId = batch == null ? null : batch.id;
        project.status = ProjectStatus.DRAFT;
        project.createdBy = creator.subject();
        project.creators.add(creator.subject());
        project.createdAt = now;
        return project;
    }

    /**
     * The project that several drafts become (同类项目合并采购): same year and category, the sum of their budgets, the
     * method of the first one listed; the sources are marked MERGED by {@link #mergeInto} once it has an id.
     */
    public static Project mergeOf(String code, String title, List<Project> sources, Actor creator, Instant now) {
        if (sources.stream().map(p -> p.id).distinct().count() < 2) {
            throw new Refusal(RefusalCode.MERGE_NEEDS_TWO);
        }
        Project first = sources.get(0);
        for (Project source : sources) {
            if (source.status != ProjectStatus.DRAFT) {
                throw new Refusal(RefusalCode.MERGE_NOT_DRAFT, source.code, source.status);
            }
            if (source.year != first.year || !source.categoryCode.equals(first.categoryCode)) {
                throw new Refusal(RefusalCode.MERGE_MIXED);
            }
        }
        BigDecimal budget = sources.stream().map(p -> p.budgetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Project merged = draft(code, title, first.year, first.categoryCode, first.method, budget, null, creator, now);
        Long batch = first.batchId;
        merged.batchId = sources.stream().allMatch(p -> Objects.equals(p.batchId, batch)) ? batch : null;
        sources.forEach(source -> merged.creators.addAll(source.creators));
        return merged;
    }

    /** This draft now lives on inside {@code target}: its budget counts only there. */
    public void mergeInto(Project target) {
        if (status != ProjectStatus.DRAFT) {
            throw new Refusal(RefusalCode.MERGE_NOT_DRAFT, code, status);
        }
        status = ProjectStatus.MERGED;
        mergedIntoId = target.id;
    }

    /** Opens the draft for sealed bids until {@code deadline}, which must lie in the future. */
    public void publish(Instant deadline, Instant now) {
        if (status != ProjectStatus.DRAFT) {
            throw new Refusal(RefusalCode.PROJECT_NOT_PUBLISHABLE, code, status);
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw Refusal.onField("bidDeadline", RefusalCode.DEADLINE_IN_PAST);
        }
        status = ProjectStatus.PUBLISHED;
        bidDeadline = deadline;
        publishedAt = now;
    }

    /** Refuses a bid unless the project is published and its deadline has not passed. */
    void requireOpenForBids(Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.BIDDING_NOT_OPEN, code, status);
        }
        if (!now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDDING_CLOSED, code);
        }
    }

    /** Refuses to show bid amounts before the deadline (开标): nobody, officers included, reads them earlier. */
    void requireBidsOpened(Instant now) {
        if (bidDeadline != null && now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDS_SEALED, code);
        }
    }

    /**
     * Records the award (中标/成交). Allowed from DRAFT (a procurement run offline) or PUBLISHED, to an ACTIVE vendor,
     * never by an officer who created the project or a draft merged into it (internal control); {@code bid} is null or
     * this vendor's bid here.
     */
    public void award(Vendor vendor, BigDecimal amount, Bid bid, Actor officer, Instant now) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_AWARDABLE, code, status);
        }
        if (creators.contains(officer.subject())) {
            throw new Refusal(RefusalCode.CREATOR_CANNOT_AWARD);
        }
        if (!vendor.isActive()) {
            throw new Refusal(RefusalCode.AWARDED_VENDOR_NOT_ACTIVE, vendor.name(), vendor.status());
        }
        Money.Limit.PROJECT.checked("awardedAmount", amount);
        if (bid != null && (!Objects.equals(bid.projectId, id) || !Objects.equals(bid.vendorId, vendor.id()))) {
            throw Refusal.onField("bidId", RefusalCode.BID_NOT_OF_VENDOR);
        }
        status = ProjectStatus.AWARDED;
        awardedVendorId = vendor.id();
        awardedAmount = amount.setScale(2);
        awardedBidId = bid == null ? null : bid.id;
        awardedBy = officer.subject();
        awardedAt = now;
    }

    /**
     * The steps this project allows {@code actor} at {@code now}, as its rules decide them: an officer publishes a draft,
     * awards it unless they created it (internal control), fails a published one and cancels either; a vendor bids
     * while bidding is open.
     */
    public Set<ProjectStep> allowedSteps(Actor actor, Instant now) {
        Set<ProjectStep> steps = EnumSet.noneOf(ProjectStep.class);
        boolean open = status == ProjectStatus.DRAFT || status == ProjectStatus.PUBLISHED;
        if (Roles.OFFICER.equals(actor.role()) && open) {
            steps.add(status == ProjectStatus.DRAFT ? ProjectStep.PUBLISH : ProjectStep.FAIL);
            steps.add(ProjectStep.CANCEL);
            if (!creators.contains(actor.subject())) {
                steps.add(ProjectStep.AWARD);
            }
        }
        if (Roles.VENDOR.equals(actor.role()) && status == ProjectStatus.PUBLISHED && now.isBefore(bidDeadline)) {
            steps.add(ProjectStep.BID);
        }
        return steps;
    }

    /** The creators' subjects, in order. */
    List<String> creators() {
        return creators.stream().sorted().toList();
    }

    /** The tender ended without an award (流标); only a published project can fail. */
    public void fail(String reason) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_CANNOT_FAIL, code, status);
        }
        failReason = requireReason(reason);
        status = ProjectStatus.FAILED;
    }

    /** The project is withdrawn; only a draft or a published project can be. */
    public void cancel(String reason) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_CANCELLABLE, code, status);
        }
        cancelReason = requireReason(reason);
        status = ProjectStatus.CANCELLED;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField("reason", RefusalCode.REASON_REQUIRED);
        }
        return reason.strip();
    }
}
