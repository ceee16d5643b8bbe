package cn.taxprocurement.project;

import cn.taxprocurement.common.InvalidField;
import cn.taxprocurement.security.Actor;
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
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

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
            throw new InvalidField("year", "年度应在 2000 到 2100 之间");
        }
        requireAmount("budgetAmount", budgetAmount, "预算金额");
        if (batch != null && batch.year != year) {
            throw new InvalidField("batchId", "批次 " + batch.name + " 属于 " + batch.year + " 年度，与项目年度 " + year + " 不同");
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
            throw new ProjectsNotMergeable("合并采购至少需要两个不同的项目");
        }
        Project first = sources.get(0);
        for (Project source : sources) {
            if (source.status != ProjectStatus.DRAFT) {
                throw new ProjectsNotMergeable("项目 " + source.code + " 当前状态为 " + source.status + "，只能合并草稿（DRAFT）项目");
            }
            if (source.year != first.year || !source.categoryCode.equals(first.categoryCode)) {
                throw new ProjectsNotMergeable("只能合并同一年度、同一品目的项目");
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
            throw new ProjectsNotMergeable("项目 " + code + " 当前状态为 " + status + "，只能合并草稿（DRAFT）项目");
        }
        status = ProjectStatus.MERGED;
        mergedIntoId = target.id;
    }

    /** Opens the draft for sealed bids until {@code deadline}, which must lie in the future. */
    public void publish(Instant deadline, Instant now) {
        if (status != ProjectStatus.DRAFT) {
            throw new ProjectNotPublishable("项目 " + code + " 当前状态为 " + status + "，只能发布草稿（DRAFT）项目");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw new InvalidField("bidDeadline", "投标截止时间应晚于当前时间");
        }
        status = ProjectStatus.PUBLISHED;
        bidDeadline = deadline;
        publishedAt = now;
    }

    /** Refuses a bid unless the project is published and its deadline has not passed. */
    void requireOpenForBids(Instant now) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new BiddingClosed("项目 " + code + " 当前状态为 " + status + "，不接受投标");
        }
        if (!now.isBefore(bidDeadline)) {
            throw new BiddingClosed("项目 " + code + " 的投标已于截止时间截止");
        }
    }

    /** Refuses to show bid amounts before the deadline (开标): nobody, officers included, reads them earlier. */
    void requireBidsOpened(Instant now) {
        if (bidDeadline != null && now.isBefore(bidDeadline)) {
            throw new BidsSealed("项目 " + code + " 的投标在截止时间前保持密封，不能查看");
        }
    }

    /**
     * Records the award (中标/成交). Allowed from DRAFT (a procurement run offline) or PUBLISHED, to an ACTIVE vendor,
     * never by an officer who created the project or a draft merged into it (internal control); {@code bid} is null or
     * this vendor's bid here.
     */
    public void award(Vendor vendor, BigDecimal amount, Bid bid, Actor officer, Instant now) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED) {
            throw new ProjectNotAwardable("项目 " + code + " 当前状态为 " + status + "，只能对草稿或已发布的项目确定成交");
        }
        if (creators.contains(officer.subject())) {
            throw new ProjectNotAwardable("内控要求：创建项目（或被合并项目）的经办人不能确定该项目的成交结果");
        }
        if (!vendor.isActive()) {
            throw new ProjectNotAwardable("供应商 " + vendor.name() + " 当前状态为 " + vendor.status() + "，不能成交");
        }
        requireAmount("awardedAmount", amount, "成交金额");
        if (bid != null && (!Objects.equals(bid.projectId, id) || !Objects.equals(bid.vendorId, vendor.id()))) {
            throw new InvalidField("bidId", "该投标不是此供应商对本项目的投标");
        }
        status = ProjectStatus.AWARDED;
        awardedVendorId = vendor.id();
        awardedAmount = amount.setScale(2);
        awardedBidId = bid == null ? null : bid.id;
        awardedBy = officer.subject();
        awardedAt = now;
    }

    /** The creators' subjects, in order. */
    List<String> creators() {
        return creators.stream().sorted().toList();
    }

    /** The tender ended without an award (流标); only a published project can fail. */
    public void fail(String reason) {
        if (status != ProjectStatus.PUBLISHED) {
            throw new ProjectCannotFail("项目 " + code + " 当前状态为 " + status + "，只有已发布的项目可以流标");
        }
        failReason = requireReason(reason);
        status = ProjectStatus.FAILED;
    }

    /** The project is withdrawn; only a draft or a published project can be. */
    public void cancel(String reason) {
        if (status != ProjectStatus.DRAFT && status != ProjectStatus.PUBLISHED) {
            throw new ProjectNotCancellable("项目 " + code + " 当前状态为 " + status + "，只能取消草稿或已发布的项目");
        }
        cancelReason = requireReason(reason);
        status = ProjectStatus.CANCELLED;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "请填写原因");
        }
        return reason.strip();
    }

    private static void requireAmount(String field, BigDecimal amount, String what) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidField(field, what + "应大于 0 且不超过 999999999999.99 元");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidField(field, what + "最多保留两位小数");
        }
    }
}
