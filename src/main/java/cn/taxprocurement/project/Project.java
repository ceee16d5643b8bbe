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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_method", nullable = false, updatable = false)
    EvaluationMethod evaluationMethod;

    @Column(name = "price_weight", updatable = false)
    Integer priceWeight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ProjectSource source;

    @Column(name = "intention_at")
    Instant intentionAt;

    @Column(name = "bids_opened_at")
    Instant bidsOpenedAt;

    @Column(name = "bids_opened_by")
    String bidsOpenedBy;

    @Column(name = "valid_bid_count")
    Integer validBidCount;

    @Column(name = "award_reason")
    String awardReason;

    @Column(updatable = false)
    String reference;

    @Column(name = "recorded_by", updatable = false)
    String recordedBy;

    @Column(name = "confirmed_by")
    String confirmedBy;

    /** The vendors invited to bid, for the methods that take invitations. */
    @ElementCollection
    @CollectionTable(name = "project_invitation", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "vendor_id", nullable = false)
    Set<Long> invitedVendorIds = new TreeSet<>();

    /** The non-price points of each valid bid under COMPREHENSIVE_SCORE, by bid id. */
    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "bid_id")
    @Column(name = "other_score", nullable = false)
    Map<Long, BigDecimal> otherScores = new TreeMap<>();

    @Version
    long version;

    protected Project() {}

    /**
     * A new draft with its budget, ranked by {@code evaluationMethod} (null: LOWEST_PRICE); {@code priceWeight} is
     * 10–100 under COMPREHENSIVE_SCORE and absent under LOWEST_PRICE; {@code batch} is null or a batch of the same year.
     */
    public static Project draft(
            String code,
            String title,
            int year,
            String categoryCode,
            ProcurementMethod method,
            EvaluationMethod evaluationMethod,
            Integer priceWeight,
            BigDecimal budgetAmount,
            Batch batch,
            Actor creator,
            Instant now) {
        Project project = newProject(code, title, year, categoryCode, method, budgetAmount, creator, now);
        draftRefusals(year, evaluationMethod, priceWeight, batch).stream()
                .findFirst()
                .ifPresent(e -> {
                    throw e;
                });
        project.evaluationMethod = evaluationMethod == null ? EvaluationMethod.LOWEST_PRICE : evaluationMethod;
        project.priceWeight = priceWeight;
        project.batchId = batch == null ? null : batch.id;
        project.status = ProjectStatus.DRAFT;
        project.source = ProjectSource.ONLINE;
        return project;
    }

    /** Every rule a new draft of {@code year} breaks with its batch, ranking and price weight, each on its field. */
    static List<Refusal> draftRefusals(int year, EvaluationMethod evaluationMethod, Integer priceWeight, Batch batch) {
        List<Refusal> refusals = new ArrayList<>();
        if (batch != null && batch.year != year) {
            refusals.add(Refusal.onField("batchId", RefusalCode.BATCH_YEAR_MISMATCH, batch.name, batch.year, year));
        }
        boolean scored = evaluationMethod == EvaluationMethod.COMPREHENSIVE_SCORE;
        if (!scored && priceWeight != null) {
            refusals.add(Refusal.onField("priceWeight", RefusalCode.PRICE_WEIGHT_NOT_ALLOWED));
        }
        if (scored
                && (priceWeight == null
                        || priceWeight < Evaluation.MIN_PRICE_WEIGHT
                        || priceWeight > Evaluation.MAX_PRICE_WEIGHT)) {
            refusals.add(Refusal.onField("priceWeight", RefusalCode.PRICE_WEIGHT_OUT_OF_RANGE));
        }
        return refusals;
    }

    /**
     * A result procured elsewhere (an agency, the central procurement centre) and recorded here: it counts as AWARDED
     * only once a second officer confirms it.
     */
    public static Project recorded(
            String code,
            String title,
            int year,
            String categoryCode,
            ProcurementMethod method,
            BigDecimal budgetAmount,
            Vendor vendor,
            BigDecimal awardedAmount,
            Instant awardedAt,
            String reference,
            Actor recorder,
            Instant now) {
        Project project = newProject(code, title, year, categoryCode, method, budgetAmount, recorder, now);
        Money.Limit.PROJECT.checked("awardedAmount", awardedAmount);
        if (awardedAmount.compareTo(project.budgetAmount) > 0) {
            throw Refusal.onField("awardedAmount", RefusalCode.AWARD_ABOVE_BUDGET, Money.format(project.budgetAmount));
        }
        if (awardedAt.isAfter(now)) {
            throw Refusal.onField("awardedAt", RefusalCode.AWARDED_AT_IN_FUTURE);
        }
        project.evaluationMethod = EvaluationMethod.LOWEST_PRICE;
        project.source = ProjectSource.RECORDED;
        project.status = ProjectStatus.RECORDED;
        project.awardedVendorId = vendor.id();
        project.awardedAmount = awardedAmount.setScale(2);
        project.awardedAt = awardedAt;
        project.reference = reference;
        project.recordedBy = recorder.subject();
        return project;
    }

    private static Project newProject(
            String code,
            String title,
            int year,
            String categoryCode,
            ProcurementMethod method,
            BigDecimal budgetAmount,
            Actor creator,
            Instant now) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.onField("year", RefusalCode.YEAR_OUT_OF_RANGE);
        }
        Money.Limit.PROJECT.checked("budgetAmount", budgetAmount);
        Project project = new Project();
        project.code = code;
        project.title = title;
        project.year = year;
        project.categoryCode = Objects.requireNonNull(categoryCode);
        project.method = Objects.requireNonNull(method);
        project.budgetAmount = budgetAmount.setScale(2);
        project.createdBy = creator.subject();
        project.creators.add(creator.subject());
        project.createdAt = now;
        return project;
    }

    /**
     * The project that several drafts become (同类项目合并采购): same year, category and method, the sum of their
     * budgets, the evaluation of the first one listed and every invitation; the sources are marked MERGED by
     * {@link #mergeInto} once it has an id.
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
            if (source.year != first.year
                    || !source.categoryCode.equals(first.categoryCode)
                    || source.method != first.method) {
                throw new Refusal(RefusalCode.MERGE_MIXED);
            }
        }
        BigDecimal budget = sources.stream().map(p -> p.budgetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Project merged = draft(
                code,
                title,
                first.year,
                first.categoryCode,
                first.method,
                first.evaluationMethod,
                first.priceWeight,
                budget,
                null,
                creator,
                now);
        Long batch = first.batchId;
        merged.batchId = sources.stream().allMatch(p -> Objects.equals(p.batchId, batch)) ? batch : null;
        sources.forEach(source -> merged.creators.addAll(source.creators));
        sources.forEach(source -> merged.invitedVendorIds.addAll(source.invitedVendorIds));
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

    /** Sets who may bid on this draft: ACTIVE vendors, as many as the method needs (3 or more, exactly 1 for 单一来源). */
    public void invite(List<Vendor> vendors) {
        requireDraft();
        if (!method.byInvitation()) {
            throw Refusal.onField("vendorIds", RefusalCode.METHOD_TAKES_NO_INVITATIONS, method.label());
        }
        for (Vendor vendor : vendors) {
            if (!vendor.isActive()) {
                throw Refusal.onField(
                        "vendorIds", RefusalCode.INVITED_VENDOR_NOT_ACTIVE, vendor.name(), vendor.status());
            }
        }
        long count = vendors.stream().map(Vendor::id).distinct().count();
        if (!method.invitesEnough((int) count)) {
            throw Refusal.onField(
                    "vendorIds", RefusalCode.INVITATION_COUNT, method.label(), method.invitationsNeeded(), count);
        }
        invitedVendorIds.clear();
        vendors.forEach(vendor -> invitedVendorIds.add(vendor.id()));
    }

    /** Makes the planned procurement public (采购意向); once per project, while it is a draft. */
    public void announceIntention(Instant now) {
        requireDraft();
        if (intentionAt != null) {
            throw new Refusal(RefusalCode.INTENTION_ALREADY_ANNOUNCED, code);
        }
        intentionAt = now;
    }

    /**
     * Opens the draft for sealed bids until {@code deadline}: no sooner than the method's waiting period allows, with
     * its invitations when the method takes them, and for an OPEN_TENDER an intention public at least the lead ahead.
     */
    public void publish(Instant deadline, Instant now, WaitingPeriods periods) {
        if (status != ProjectStatus.DRAFT) {
            throw new Refusal(RefusalCode.PROJECT_NOT_PUBLISHABLE, code, status);
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw Refusal.onField("bidDeadline", RefusalCode.DEADLINE_IN_PAST);
        }
        Instant earliest = periods.earliestDeadline(method, now);
        if (deadline.isBefore(earliest)) {
            throw Refusal.onField(
                    "bidDeadline",
                    RefusalCode.WAITING_PERIOD_TOO_SHORT,
                    method.label(),
                    periods.of(method).label(),
                    ProjectView.utc(earliest));
        }
        if (method.byInvitation() && !method.invitesEnough(invitedVendorIds.size())) {
            throw new Refusal(RefusalCode.INVITATIONS_MISSING, code, method.label());
        }
        Duration lead = periods.intentionLead();
        if (method == ProcurementMethod.OPEN_TENDER
                && !lead.isZero()
                && (intentionAt == null || intentionAt.plus(lead).isAfter(now))) {
            throw new Refusal(
                    RefusalCode.INTENTION_TOO_RECENT,
                    code,
                    WaitingPeriod.of(lead).label(),
                    intentionAt == null ? "—" : ProjectView.utc(intentionAt.plus(lead)));
        }
        status = ProjectStatus.PUBLISHED;
        bidDeadline = deadline;
        publishedAt = now;
    }

    /** Moves the bid deadline later (更正), while bidding is still open. */
    public void extend(Instant deadline, Instant now) {
        requirePublished();
        if (!now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.DEADLINE_PASSED, code);
        }
        if (deadline == null || !deadline.isAfter(bidDeadline)) {
            throw new Refusal(RefusalCode.DEADLINE_NOT_LATER, ProjectView.utc(bidDeadline));
        }
        bidDeadline = deadline;
    }

    /** Refuses a bid unless the project is published, its deadline has not passed and the vendor may bid here. */
    void requireOpenForBids(Vendor vendor, Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.BIDDING_NOT_OPEN, code, status);
        }
        if (!now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDDING_CLOSED, code);
        }
        if (!mayBid(vendor.id())) {
            throw new Refusal(RefusalCode.NOT_INVITED, code);
        }
    }

    /** Whether the vendor is one this project takes bids from: anyone, or the invited ones under invitation methods. */
    boolean mayBid(Long vendorId) {
        return !method.byInvitation() || invitedVendorIds.contains(vendorId);
    }

    /** Refuses to show bid amounts before the deadline (开标): nobody, officers included, reads them earlier. */
    void requireBidsOpened(Instant now) {
        if (bidDeadline != null && now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDS_SEALED, code);
        }
    }

    /** Whether the bids have been opened (开标); the opening is recorded once. */
    boolean bidsOpened() {
        return bidsOpenedAt != null;
    }

    /** Records the opening (开标): only a published project, once its deadline has passed. */
    void open(int validBids, Actor officer, Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.BIDS_NOT_OPENABLE, code, status);
        }
        requireBidsOpened(now);
        bidsOpenedAt = now;
        bidsOpenedBy = officer.subject();
        validBidCount = validBids;
    }

    /** Why a bid read out at the opening is invalid, or null when it is valid (≤ budget, ACTIVE and allowed vendor). */
    RefusalCode invalidReason(Bid bid, Vendor vendor) {
        if (bid.amount.signum() <= 0) {
            return RefusalCode.BID_NOT_POSITIVE;
        }
        if (bid.amount.compareTo(budgetAmount) > 0) {
            return RefusalCode.BID_ABOVE_BUDGET;
        }
        if (!vendor.isActive()) {
            return RefusalCode.BIDDER_NOT_ACTIVE;
        }
        if (!mayBid(vendor.id())) {
            return RefusalCode.BIDDER_NOT_INVITED;
        }
        if (!bid.submittedAt.isBefore(bidDeadline)) {
            return RefusalCode.BID_AFTER_DEADLINE;
        }
        return null;
    }

    /** Enters the non-price points of opened valid bids (综合评分法), until the project is awarded or ends. */
    void score(Map<Long, BigDecimal> scores, Set<Long> validBidIds) {
        requireOpenedForEvaluation();
        if (evaluationMethod != EvaluationMethod.COMPREHENSIVE_SCORE) {
            throw new Refusal(RefusalCode.NOT_COMPREHENSIVE_SCORE, code);
        }
        requirePublished();
        BigDecimal max = Evaluation.maxOtherScore(priceWeight);
        scores.forEach((bidId, score) -> {
            if (!validBidIds.contains(bidId)) {
                throw Refusal.onField("scores", RefusalCode.SCORED_BID_NOT_VALID, bidId);
            }
            if (score == null || score.signum() < 0 || score.compareTo(max) > 0 || score.scale() > 2) {
                throw Refusal.onField("scores", RefusalCode.SCORE_OUT_OF_RANGE, max);
            }
        });
        scores.forEach((bidId, score) -> otherScores.put(bidId, score.setScale(2)));
    }

    /** Refuses an evaluation before the bids are opened. */
    void requireOpenedForEvaluation() {
        if (!bidsOpened()) {
            throw new Refusal(RefusalCode.BIDS_NOT_OPENED, code);
        }
    }

    /**
     * Awards the project to an opened, valid, current bid (定标): only a published project after its deadline, with as
     * many valid bids as the method needs, never by an officer who created it or a draft merged into it (internal
     * control), at the bid's own amount; a bid not ranked first needs a written reason of 10 or more characters.
     */
    void award(
            Bid bid,
            boolean validAtOpening,
            Evaluation evaluation,
            String reason,
            BigDecimal awardedAmount,
            Actor officer,
            Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_AWARDABLE, code, status);
        }
        if (now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDDING_STILL_OPEN, code);
        }
        if (!bidsOpened()) {
            throw new Refusal(RefusalCode.BIDS_NOT_OPENED, code);
        }
        if (creators.contains(officer.subject())) {
            throw new Refusal(RefusalCode.CREATOR_CANNOT_AWARD);
        }
        if (validBidCount < method.minimumValidBids()) {
            throw new Refusal(RefusalCode.TOO_FEW_VALID_BIDS, code, validBidCount, method.minimumValidBids());
        }
        if (!validAtOpening) {
            throw new Refusal(RefusalCode.BID_NOT_VALID, bid.id);
        }
        if (awardedAmount != null && awardedAmount.compareTo(bid.amount) != 0) {
            throw Refusal.onField("awardedAmount", RefusalCode.AWARDED_AMOUNT_NOT_BID, Money.format(bid.amount));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!bid.id.equals(evaluation.firstBidId()) && (why == null || why.codePointCount(0, why.length()) < 10)) {
            throw Refusal.onField("reason", RefusalCode.AWARD_REASON_REQUIRED);
        }
        status = ProjectStatus.AWARDED;
        awardedVendorId = bid.vendorId;
        this.awardedAmount = bid.amount.setScale(2);
        awardedBidId = bid.id;
        awardReason = why;
        awardedBy = officer.subject();
        awardedAt = now;
    }

    /** A second officer confirms a recorded result: from now on it counts as AWARDED. */
    public void confirm(Actor officer, Instant now) {
        if (status != ProjectStatus.RECORDED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_RECORDED, code, status);
        }
        if (officer.subject().equals(recordedBy)) {
            throw new Refusal(RefusalCode.RECORDER_CANNOT_CONFIRM);
        }
        status = ProjectStatus.AWARDED;
        confirmedBy = officer.subject();
        awardedBy = officer.subject();
    }

    /**
     * The steps this project allows {@code actor} at {@code now}, as its rules decide them. An officer invites vendors
     * to, announces and publishes a draft; extends a published one while bidding is open; once the deadline has
     * passed opens the bids, scores them (综合评分法), awards when enough are valid unless they created the project
     * (internal control), or fails it; cancels a draft, a published or a recorded project, and confirms a result
     * somebody else recorded. A vendor ({@code vendorId}, null when unregistered) bids while bidding is open to it.
     */
    public Set<ProjectStep> allowedSteps(Actor actor, Long vendorId, Instant now) {
        Set<ProjectStep> steps = EnumSet.noneOf(ProjectStep.class);
        if (Roles.OFFICER.equals(actor.role())) {
            switch (status) {
                case DRAFT -> {
                    if (method.byInvitation()) {
                        steps.add(ProjectStep.INVITE);
                    }
                    if (intentionAt == null) {
                        steps.add(ProjectStep.ANNOUNCE_INTENTION);
                    }
                    if (!method.byInvitation() || method.invitesEnough(invitedVendorIds.size())) {
                        steps.add(ProjectStep.PUBLISH);
                    }
                    steps.add(ProjectStep.CANCEL);
                }
                case PUBLISHED -> {
                    if (now.isBefore(bidDeadline)) {
                        steps.add(ProjectStep.EXTEND);
                    } else {
                        if (!bidsOpened()) {
                            steps.add(ProjectStep.OPEN_BIDS);
                        }
                        steps.add(ProjectStep.FAIL);
                        if (bidsOpened() && evaluationMethod == EvaluationMethod.COMPREHENSIVE_SCORE) {
                            steps.add(ProjectStep.EVALUATE);
                        }
                        if (bidsOpened()
                                && validBidCount >= method.minimumValidBids()
                                && !creators.contains(actor.subject())) {
                            steps.add(ProjectStep.AWARD);
                        }
                    }
                    steps.add(ProjectStep.CANCEL);
                }
                case RECORDED -> {
                    if (!actor.subject().equals(recordedBy)) {
                        steps.add(ProjectStep.CONFIRM);
                    }
                    steps.add(ProjectStep.CANCEL);
                }
                default -> {}
            }
        }
        if (Roles.VENDOR.equals(actor.role()) && vendorId != null && takesBidFrom(vendorId, now)) {
            steps.add(ProjectStep.BID);
        }
        return steps;
    }

    /** Whether {@code vendorId} may bid here now: published, before the deadline, and allowed by the method. */
    public boolean takesBidFrom(Long vendorId, Instant now) {
        return status == ProjectStatus.PUBLISHED && now.isBefore(bidDeadline) && mayBid(vendorId);
    }

    /** The creators' subjects, in order. */
    List<String> creators() {
        return creators.stream().sorted().toList();
    }

    /** The tender ended without an award (流标); only a published project can fail, once its deadline has passed. */
    public void fail(String reason, Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_CANNOT_FAIL, code, status);
        }
        if (now.isBefore(bidDeadline)) {
            throw new Refusal(RefusalCode.BIDDING_STILL_OPEN, code);
        }
        failReason = requireReason(reason);
        status = ProjectStatus.FAILED;
    }

    /** The project is withdrawn (终止); only a draft, a published project or an unconfirmed recorded result can be. */
    public void cancel(String reason) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED && status != ProjectStatus.RECORDED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_CANCELLABLE, code, status);
        }
        cancelReason = requireReason(reason);
        status = ProjectStatus.CANCELLED;
    }

    private void requireDraft() {
        if (status != ProjectStatus.DRAFT) {
            throw new Refusal(RefusalCode.PROJECT_NOT_DRAFT, code, status);
        }
    }

    private void requirePublished() {
        if (status != ProjectStatus.PUBLISHED) {
            throw new Refusal(RefusalCode.PROJECT_NOT_PUBLISHED, code, status);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField("reason", RefusalCode.REASON_REQUIRED);
        }
        return reason.strip();
    }
}
