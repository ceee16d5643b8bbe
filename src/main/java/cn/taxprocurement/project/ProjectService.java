package cn.taxprocurement.project;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The use cases of procurement projects: each one a transaction that changes the domain and writes its audit event. */
@ApplicationScoped
public class ProjectService {
    static final String PROJECT = "Project";
    static final String BATCH = "Batch";

    @Inject
    ProjectRepository projects;

    @Inject
    BidRepository bids;

    @Inject
    BatchRepository batches;

    @Inject
    CategoryRepository categories;

    @Inject
    VendorRepository vendors;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAccess refusals;

    @Transactional
    public ProjectView create(Actor actor, CreateProject command) {
        if (categories.findByIdOptional(command.categoryCode()).isEmpty()) {
            throw Refusal.onField("categoryCode", RefusalCode.UNKNOWN_CATEGORY, command.categoryCode());
        }
        Batch batch = command.batchId() == null
                ? null
                : batches.findByIdOptional(command.batchId())
                        .orElseThrow(() -> Refusal.onField("batchId", RefusalCode.UNKNOWN_BATCH, command.batchId()));
        Project project = Project.draft(
                projects.nextCode(command.year()),
                command.title().strip(),
                command.year(),
                command.categoryCode(),
                command.method(),
                command.budgetAmount(),
                batch,
                actor,
                Instant.now());
        projects.persist(project);
        audit.record(
                actor,
                AuditAction.PROJECT_CREATED,
                PROJECT,
                project.id,
                "创建采购项目 " + project.code + "「" + project.title + "」：" + project.year + " 年度，品目 "
                        + project.categoryCode + "，" + project.method.label() + "，预算金额 " + yuan(project.budgetAmount)
                        + (batch == null ? "" : "，批次「" + batch.name + "」"));
        return ProjectView.of(project);
    }

    @Transactional
    public Set<ProjectStep> allowedSteps(Actor actor, long id) {
        return find(id).allowedSteps(actor, Instant.now());
    }

    @Transactional
    public ProjectView get(long id) {
        return ProjectView.of(find(id));
    }

    @Transactional
    public Page<ProjectView> search(
            Integer year,
            ProjectStatus status,
            String categoryCode,
            ProcurementMethod method,
            Long batchId,
            PageRequest page) {
        var filter = new ProjectRepository.Filter(year, status, categoryCode, method, batchId);
        return projects.search(filter, page).map(ProjectView::of);
    }

    @Transactional
    public ProjectView publish(Actor actor, long id, PublishProject command) {
        Project project = find(id);
        project.publish(command.bidDeadline().toInstant(), Instant.now());
        projects.flush();
        audit.record(actor, AuditAction.PROJECT_PUBLISHED, PROJECT, id, published(project));
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView award(Actor actor, long id, AwardProject command) {
        Project project = find(id);
        Vendor vendor = vendors.findByIdOptional(command.vendorId())
                .orElseThrow(() -> Refusal.onField("vendorId", RefusalCode.UNKNOWN_VENDOR, command.vendorId()));
        Bid bid = command.bidId() == null
                ? null
                : bids.findByIdOptional(command.bidId())
                        .orElseThrow(() -> Refusal.onField("bidId", RefusalCode.UNKNOWN_BID, command.bidId()));
        if (bid != null && !bids.isCurrent(bid)) {
            throw new Refusal(RefusalCode.BID_SUPERSEDED, bid.id);
        }
        project.award(vendor, command.awardedAmount(), bid, actor, Instant.now());
        // Flush now: a concurrent award of the same project fails here on the version, before any audit event.
        projects.flush();
        audit.record(
                actor,
                AuditAction.PROJECT_AWARDED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 成交：供应商 " + vendor.id() + "（" + vendor.name() + "），成交金额 "
                        + yuan(project.awardedAmount) + "，预算金额 " + yuan(project.budgetAmount));
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView fail(Actor actor, long id, CloseProject command) {
        Project project = find(id);
        project.fail(command.reason());
        projects.flush();
        audit.record(
                actor,
                AuditAction.PROJECT_FAILED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 流标，原因：" + project.failReason);
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView cancel(Actor actor, long id, CloseProject command) {
        Project project = find(id);
        project.cancel(command.reason());
        projects.flush();
        audit.record(
                actor,
                AuditAction.PROJECT_CANCELLED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 已取消，原因：" + project.cancelReason);
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView merge(Actor actor, MergeProjects command) {
        List<Project> sources = new LinkedHashSet<>(command.projectIds())
                .stream().map(this::find).toList();
        Project first = sources.isEmpty() ? null : sources.get(0);
        Project merged = Project.mergeOf(
                first == null ? null : projects.nextCode(first.year),
                command.title().strip(),
                sources,
                actor,
                Instant.now());
        projects.persist(merged);
        sources.forEach(source -> source.mergeInto(merged));
        projects.flush();
        String codes = sources.stream().map(p -> p.code).collect(Collectors.joining("、"));
        audit.record(
                actor,
                AuditAction.PROJECT_CREATED,
                PROJECT,
                merged.id,
                "合并采购：项目 " + codes + " 合并为新项目 " + merged.code + "「" + merged.title + "」，预算金额合计 "
                        + yuan(merged.budgetAmount));
        for (Project source : sources) {
            audit.record(
                    actor,
                    AuditAction.PROJECT_MERGED,
                    PROJECT,
                    source.id,
                    "采购项目 " + source.code + " 并入项目 " + merged.code + "，预算金额 " + yuan(source.budgetAmount));
        }
        return ProjectView.of(merged);
    }

    @Transactional
    public BidView placeBid(Actor actor, long id, PlaceBid command) {
        // Locked: a vendor's bids on a project follow one another in order, and no bid slips in after an award,
        // failure or cancellation commits.
        projects.lock(id);
        Project project = find(id);
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        boolean superseding = bids.currentOf(id, vendor.id()).isPresent();
        Bid bid = Bid.place(project, vendor, command.amount(), Instant.now());
        bids.persist(bid);
        bids.flush();
        // The amount stays out of the audit trail: bids are sealed until the deadline.
        audit.record(
                actor,
                superseding ? AuditAction.BID_REPLACED : AuditAction.BID_PLACED,
                PROJECT,
                id,
                "供应商 " + vendor.id() + "（" + vendor.name() + "）" + (superseding ? "重新提交了对" : "提交了对") + "采购项目 "
                        + project.code + " 的密封投标" + (superseding ? "（取代其此前的投标）" : "") + "，金额在截止时间前保密");
        return BidView.of(bid);
    }

    @Transactional
    List<BidView> bids(Actor actor, long id) {
        Project project = find(id);
        try {
            project.requireBidsOpened(Instant.now());
        } catch (Refusal sealed) {
            refusals.record(actor, PROJECT, id, actor.name() + " 在投标截止时间前请求查看采购项目 " + project.code + " 的投标金额，投标密封，已拒绝");
            throw sealed;
        }
        return bids.currentOfProject(id).stream().map(BidView::of).toList();
    }

    @Transactional
    public BidView myBid(Actor actor, long id) {
        find(id);
        Vendor vendor = vendors.findBySubject(actor.subject()).orElseThrow(() -> new Refusal(RefusalCode.NO_BID));
        return bids.currentOf(id, vendor.id()).map(BidView::of).orElseThrow(() -> new Refusal(RefusalCode.NO_BID));
    }

    @Transactional
    public BatchView createBatch(Actor actor, CreateBatch command) {
        Batch batch = new Batch(command.name().strip(), command.year(), actor, Instant.now());
        batches.persist(batch);
        audit.record(
                actor, AuditAction.BATCH_CREATED, BATCH, batch.id, "创建 " + batch.year + " 年度采购批次「" + batch.name + "」");
        return BatchView.of(batch, null);
    }

    @Transactional
    public BatchView batch(long id) {
        Batch batch = findBatch(id);
        return BatchView.of(batch, projects.inBatch(id));
    }

    @Transactional
    public BatchView publishBatch(Actor actor, long id, PublishProject command) {
        Batch batch = findBatch(id);
        List<Project> members = projects.inBatch(id);
        List<Project> published = batch.publish(members, command.bidDeadline().toInstant(), Instant.now());
        projects.flush();
        for (Project project : published) {
            audit.record(
                    actor,
                    AuditAction.PROJECT_PUBLISHED,
                    PROJECT,
                    project.id,
                    published(project) + "（随批次「" + batch.name + "」同步发布）");
        }
        audit.record(
                actor,
                AuditAction.BATCH_PUBLISHED,
                BATCH,
                id,
                "采购批次「" + batch.name + "」同步发布 " + published.size() + " 个项目，投标截止时间 " + deadlineOf(published.get(0)));
        return BatchView.of(batch, members);
    }

    private static String published(Project project) {
        return "发布采购项目 " + project.code + "，投标截止时间 " + deadlineOf(project);
    }

    private static String deadlineOf(Project project) {
        return ProjectView.utc(project.bidDeadline).toString();
    }

    private Project find(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.PROJECT_NOT_FOUND, id));
    }

    private Batch findBatch(long id) {
        return batches.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.BATCH_NOT_FOUND, id));
    }

    static String yuan(BigDecimal amount) {
        return Money.format(amount);
    }
}
