package cn.taxprocurement.project;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.NoticeView;
import cn.taxprocurement.notice.PublishNotice;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    @Inject
    OpenedBidRepository openings;

    @Inject
    NoticeBoard notices;

    @Inject
    WaitingPeriods periods;

    @Transactional
    public ProjectView create(Actor actor, CreateProject command) {
        return create(actor, command, Instant.now());
    }

    @Transactional
    ProjectView create(Actor actor, CreateProject command, Instant now) {
        refusalsOf(command).stream().findFirst().ifPresent(e -> {
            throw e;
        });
        Batch batch = command.batchId() == null ? null : batches.findById(command.batchId());
        Project project = Project.draft(
                projects.nextCode(command.year()),
                command.title().strip(),
                command.year(),
                command.categoryCode(),
                command.method(),
                command.evaluationMethod(),
                command.priceWeight(),
                command.budgetAmount(),
                batch,
                actor,
                now);
        if (command.invitedVendorIds() != null) {
            project.invite(invitees(command.invitedVendorIds(), "invitedVendorIds"));
        }
        projects.persist(project);
        audit.record(
                actor,
                AuditAction.PROJECT_CREATED,
                PROJECT,
                project.id,
                "创建采购项目 " + project.code + "「" + project.title + "」：" + project.year + " 年度，品目 "
                        + project.categoryCode + "，" + project.method.label() + "，" + project.evaluationMethod.label()
                        + (project.priceWeight == null ? "" : "（价格权重 " + project.priceWeight + "）") + "，预算金额 "
                        + yuan(project.budgetAmount) + (batch == null ? "" : "，批次「" + batch.name + "」")
                        + invited(project));
        return ProjectView.of(project);
    }

    /**
     * Every rule a new project breaks, each on its field, so that a form can show them all at once; what is missing is
     * left to Bean Validation.
     */
    @Transactional
    public List<Refusal> refusalsOf(CreateProject command) {
        List<Refusal> refusals = new ArrayList<>();
        unknownCategory(command.categoryCode()).ifPresent(refusals::add);
        Batch batch = command.batchId() == null ? null : batches.findById(command.batchId());
        if (command.batchId() != null && batch == null) {
            refusals.add(Refusal.onField("batchId", RefusalCode.UNKNOWN_BATCH, command.batchId()));
        }
        if (command.year() != null) {
            refusals.addAll(
                    Project.draftRefusals(command.year(), command.evaluationMethod(), command.priceWeight(), batch));
        }
        return refusals;
    }

    private Optional<Refusal> unknownCategory(String code) {
        return code == null || categories.findByIdOptional(code).isEmpty()
                ? Optional.of(Refusal.onField("categoryCode", RefusalCode.UNKNOWN_CATEGORY, code))
                : Optional.empty();
    }

    @Transactional
    public ProjectView setInvitations(Actor actor, long id, SetInvitations command) {
        Project project = find(id);
        project.invite(invitees(command.vendorIds(), "vendorIds"));
        projects.flush();
        audit.record(
                actor,
                AuditAction.PROJECT_INVITATIONS_SET,
                PROJECT,
                id,
                "采购项目 " + project.code + " 邀请供应商" + invited(project));
        return ProjectView.of(project);
    }

    @Transactional
    public NoticeView announceIntention(Actor actor, long id, AnnounceIntention command) {
        return announceIntention(actor, id, command, Instant.now());
    }

    @Transactional
    NoticeView announceIntention(Actor actor, long id, AnnounceIntention command, Instant now) {
        Project project = find(id);
        project.announceIntention(now);
        projects.flush();
        String month = command.plannedMonth().getYear() + " 年 "
                + command.plannedMonth().getMonthValue() + " 月";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("plannedMonth", command.plannedMonth().toString());
        fields.put("method", project.method.name());
        fields.put("categoryCode", project.categoryCode);
        fields.put("budgetAmount", project.budgetAmount);
        NoticeView notice = notices.publish(
                projectNotice(
                        project,
                        NoticeType.INTENTION,
                        "采购项目 " + project.code + "「" + project.title + "」预计于 " + month + "以" + project.method.label()
                                + "方式采购，预算金额 "
                                + yuan(project.budgetAmount) + "。采购需求概况："
                                + command.summary().strip(),
                        fields),
                now);
        audit.record(
                actor,
                AuditAction.PROJECT_INTENTION_ANNOUNCED,
                PROJECT,
                id,
                "公开采购项目 " + project.code + " 的采购意向，计划于 " + month + "采购");
        return notice;
    }

    @Transactional
    public Set<ProjectStep> allowedSteps(Actor actor, long id) {
        // Only an approved vendor is offered the bid step; the others are told why on their pages.
        Long vendorId = vendors.findBySubject(actor.subject())
                .filter(Vendor::isActive)
                .map(Vendor::id)
                .orElse(null);
        return find(id).allowedSteps(actor, vendorId, Instant.now());
    }

    @Transactional
    public ProjectView get(long id) {
        return ProjectView.of(find(id));
    }

    /** The drafts merged into project {@code id}, oldest first; none when it is not a merge. */
    @Transactional
    public List<ProjectView> mergedInto(long id) {
        return projects.list("mergedIntoId", Sort.ascending("id"), id).stream()
                .map(ProjectView::of)
                .toList();
    }

    @Transactional
    public Page<ProjectView> search(
            Integer year,
            ProjectStatus status,
            String categoryCode,
            ProcurementMethod method,
            Long batchId,
            ProjectSource source,
            PageRequest page) {
        var filter = new ProjectRepository.Filter(year, status, categoryCode, method, batchId, source);
        return projects.search(filter, page).map(ProjectView::of);
    }

    /** The projects of any source. */
    @Transactional
    public Page<ProjectView> search(
            Integer year,
            ProjectStatus status,
            String categoryCode,
            ProcurementMethod method,
            Long batchId,
            PageRequest page) {
        return search(year, status, categoryCode, method, batchId, null, page);
    }

    /** How many published projects have passed their bid deadline and wait for their bids to be opened and awarded. */
    @Transactional
    public long countPastDeadline() {
        return projects.countPastDeadline(Instant.now());
    }

    /** How many published projects the signed-in vendor may still bid on; none before it is approved. */
    @Transactional
    public long countOpenTo(Actor actor) {
        return vendors.findBySubject(actor.subject())
                .filter(Vendor::isActive)
                .map(vendor -> projects.countOpenTo(vendor.id(), Instant.now()))
                .orElse(0L);
    }

    @Transactional
    public ProjectView publish(Actor actor, long id, PublishProject command) {
        return publish(actor, id, command, Instant.now());
    }

    @Transactional
    ProjectView publish(Actor actor, long id, PublishProject command, Instant now) {
        Project project = find(id);
        project.publish(command.bidDeadline().toInstant(), now, periods);
        projects.flush();
        tenderNotice(project, now);
        audit.record(actor, AuditAction.PROJECT_PUBLISHED, PROJECT, id, published(project));
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView extend(Actor actor, long id, ExtendDeadline command) {
        // Locked: a bid and the deadline it is judged by are decided in one order.
        projects.lock(id);
        Project project = find(id);
        String before = deadlineOf(project);
        Instant previous = project.bidDeadline;
        project.extend(command.bidDeadline().toInstant(), Instant.now());
        projects.flush();
        String reason = command.reason().strip();
        notices.publish(
                projectNotice(
                        project,
                        NoticeType.CORRECTION,
                        "采购项目 " + project.code + "「" + project.title + "」的投标截止时间由 " + before + " 延长至 "
                                + deadlineOf(project) + "。原因：" + reason,
                        fields("previousBidDeadline", before, "bidDeadline", deadlineOf(project), "reason", reason)),
                Instant.now());
        audit.record(
                actor,
                AuditAction.PROJECT_EXTENDED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 投标截止时间由 " + AuditLog.beijing(previous) + " 延长至 "
                        + AuditLog.beijing(project.bidDeadline) + "，原因：" + reason);
        return ProjectView.of(project);
    }

    @Transactional
    public BidOpeningView openBids(Actor actor, long id) {
        // The record reads back as the database keeps it, to the microsecond.
        return openBids(actor, id, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Transactional
    BidOpeningView openBids(Actor actor, long id, Instant now) {
        // Locked: two officers opening at once make one record, and no bid slips in while it is made.
        projects.lock(id);
        Project project = find(id);
        if (project.bidsOpened()) {
            return BidOpeningView.of(project, openings.ofProject(id));
        }
        try {
            project.requireBidsOpened(now);
        } catch (Refusal sealed) {
            refusals.record(actor, PROJECT, id, actor.name() + " 在投标截止时间前请求查看采购项目 " + project.code + " 的投标金额，投标密封，已拒绝");
            throw sealed;
        }
        List<Bid> current = bids.currentOfProject(id);
        Map<Long, Vendor> bidders = current.stream()
                .map(b -> b.vendorId)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), v -> vendors.findById(v)));
        List<OpenedBid> lines = current.stream()
                .map(b -> OpenedBid.of(project, b, bidders.get(b.vendorId)))
                .toList();
        project.open((int) lines.stream().filter(l -> l.valid).count(), actor, now);
        openings.persist(lines);
        projects.flush();
        String read = lines.isEmpty()
                ? "无投标"
                : lines.stream()
                        .map(l -> "供应商 " + l.vendorId + "（" + l.vendorName + "）报价 " + yuan(l.amount)
                                + (l.valid ? "，有效" : "，无效：" + l.invalidReason.message(Languages.CHINESE)))
                        .collect(Collectors.joining("；"));
        audit.record(
                actor,
                AuditAction.BIDS_OPENED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 开标，共 " + lines.size() + " 份投标，有效 " + project.validBidCount + " 份：" + read);
        return BidOpeningView.of(project, lines);
    }

    @Transactional
    public Evaluation scoreBids(Actor actor, long id, ScoreBids command) {
        Project project = find(id);
        Set<Long> valid = openings.ofProject(id).stream()
                .filter(l -> l.valid)
                .map(l -> l.bidId)
                .collect(Collectors.toSet());
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        command.scores().forEach(score -> scores.put(score.bidId(), score.otherScore()));
        project.score(scores, valid);
        projects.flush();
        Evaluation evaluation = evaluationOf(project);
        audit.record(
                actor,
                AuditAction.PROJECT_EVALUATED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 综合评分："
                        + evaluation.ranking().stream()
                                .map(e -> "第 " + e.rank() + " 名投标 " + e.bidId() + "（" + e.vendorName() + "）总分 "
                                        + e.totalScore())
                                .collect(Collectors.joining("；")));
        return evaluation;
    }

    @Transactional
    public Evaluation evaluation(long id) {
        Project project = find(id);
        project.requireOpenedForEvaluation();
        return evaluationOf(project);
    }

    @Transactional
    public ProjectView award(Actor actor, long id, AwardProject command) {
        return award(actor, id, command, Instant.now());
    }

    @Transactional
    ProjectView award(Actor actor, long id, AwardProject command, Instant now) {
        // Locked: two awards of one project are decided one after the other.
        projects.lock(id);
        Project project = find(id);
        Bid bid = bids.findByIdOptional(command.bidId())
                .filter(b -> b.projectId.equals(project.id))
                .orElseThrow(() -> Refusal.onField("bidId", RefusalCode.UNKNOWN_BID, command.bidId()));
        if (!bids.isCurrent(bid)) {
            throw new Refusal(RefusalCode.BID_SUPERSEDED, bid.id);
        }
        boolean valid = openings.ofProject(id).stream().anyMatch(l -> l.bidId.equals(bid.id) && l.valid);
        Evaluation evaluation = project.bidsOpened() ? evaluationOf(project) : null;
        project.award(bid, valid, evaluation, command.reason(), command.awardedAmount(), actor, now);
        projects.flush();
        Vendor vendor = vendors.findById(bid.vendorId);
        notices.publish(resultNotice(project, vendor), now);
        audit.record(
                actor,
                AuditAction.PROJECT_AWARDED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 定标：投标 " + bid.id + "，供应商 " + vendor.id() + "（" + vendor.name() + "），成交金额 "
                        + yuan(project.awardedAmount) + "，预算金额 " + yuan(project.budgetAmount)
                        + (project.awardReason == null ? "" : "，理由：" + project.awardReason));
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView fail(Actor actor, long id, CloseProject command) {
        return fail(actor, id, command, Instant.now());
    }

    @Transactional
    ProjectView fail(Actor actor, long id, CloseProject command, Instant now) {
        Project project = find(id);
        project.fail(command.reason(), now);
        projects.flush();
        notices.publish(
                projectNotice(
                        project,
                        NoticeType.FAILED,
                        "采购项目 " + project.code + "「" + project.title + "」废标（流标）。原因：" + project.failReason,
                        fields("reason", project.failReason, "method", project.method.name())),
                now);
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
        boolean wasPublished = project.status == ProjectStatus.PUBLISHED;
        project.cancel(command.reason());
        projects.flush();
        if (wasPublished) {
            notices.publish(
                    projectNotice(
                            project,
                            NoticeType.TERMINATED,
                            "采购项目 " + project.code + "「" + project.title + "」终止采购。原因：" + project.cancelReason,
                            fields("reason", project.cancelReason)),
                    Instant.now());
        }
        audit.record(
                actor,
                AuditAction.PROJECT_CANCELLED,
                PROJECT,
                id,
                "采购项目 " + project.code + " 已取消，原因：" + project.cancelReason);
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView record(Actor actor, RecordResult command) {
        return record(actor, command, Instant.now());
    }

    @Transactional
    ProjectView record(Actor actor, RecordResult command, Instant now) {
        unknownCategory(command.categoryCode()).ifPresent(e -> {
            throw e;
        });
        Vendor vendor = vendors.findByIdOptional(command.vendorId())
                .orElseThrow(() -> Refusal.onField("vendorId", RefusalCode.UNKNOWN_VENDOR, command.vendorId()));
        Project project = Project.recorded(
                projects.nextCode(command.year()),
                command.title().strip(),
                command.year(),
                command.categoryCode(),
                command.method(),
                command.budgetAmount(),
                vendor,
                command.awardedAmount(),
                command.awardedAt().toInstant(),
                command.reference().strip(),
                actor,
                now);
        projects.persist(project);
        audit.record(
                actor,
                AuditAction.PROJECT_RECORDED,
                PROJECT,
                project.id,
                "登记采购结果 " + project.code + "「" + project.title + "」（" + project.reference + "）："
                        + project.method.label()
                        + "，供应商 " + vendor.id() + "（" + vendor.name() + "），成交金额 " + yuan(project.awardedAmount)
                        + "，预算金额 " + yuan(project.budgetAmount) + "，待另一位经办人确认");
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView confirm(Actor actor, long id) {
        return confirm(actor, id, Instant.now());
    }

    @Transactional
    ProjectView confirm(Actor actor, long id, Instant now) {
        Project project = find(id);
        project.confirm(actor, now);
        projects.flush();
        notices.publish(resultNotice(project, vendors.findById(project.awardedVendorId)), now);
        audit.record(
                actor,
                AuditAction.PROJECT_CONFIRMED,
                PROJECT,
                id,
                "确认登记的采购结果 " + project.code + "（" + project.reference + "），成交金额 " + yuan(project.awardedAmount) + "，由 "
                        + project.recordedBy + " 登记");
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
        return placeBid(actor, id, command, Instant.now());
    }

    @Transactional
    BidView placeBid(Actor actor, long id, PlaceBid command, Instant now) {
        // Locked: a vendor's bids on a project follow one another in order, and no bid slips in after an award,
        // failure or cancellation commits.
        projects.lock(id);
        Project project = find(id);
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        boolean superseding = bids.currentOf(id, vendor.id()).isPresent();
        Bid bid = Bid.place(project, vendor, command.amount(), now);
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
    public List<BidOpeningView.Line> bids(Actor actor, long id) {
        return openBids(actor, id).bids();
    }

    @Transactional
    public MyBidView myBid(Actor actor, long id) {
        Project project = find(id);
        Vendor vendor = vendors.findBySubject(actor.subject()).orElseThrow(() -> new Refusal(RefusalCode.NO_BID));
        return bids.currentOf(id, vendor.id())
                .map(bid -> MyBidView.of(project, bid))
                .orElseThrow(() -> new Refusal(RefusalCode.NO_BID));
    }

    @Transactional
    public Page<MyBidView> myBids(Actor actor, PageRequest page) {
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        return bids.currentOfVendor(vendor.id(), page).map(bid -> MyBidView.of(find(bid.projectId), bid));
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
    public Page<BatchView> batches(Integer year, PageRequest page) {
        return batches.search(year, page).map(batch -> BatchView.counted(batch, projects.count("batchId", batch.id)));
    }

    @Transactional
    public BatchView publishBatch(Actor actor, long id, PublishProject command) {
        Batch batch = findBatch(id);
        List<Project> members = projects.inBatch(id);
        Instant now = Instant.now();
        List<Project> published = batch.publish(members, command.bidDeadline().toInstant(), now, periods);
        projects.flush();
        for (Project project : published) {
            tenderNotice(project, now);
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
                "采购批次「" + batch.name + "」同步发布 " + published.size() + " 个项目，投标截止时间 "
                        + AuditLog.beijing(published.get(0).bidDeadline));
        return BatchView.of(batch, members);
    }

    private List<Vendor> invitees(List<Long> vendorIds, String field) {
        return vendorIds.stream()
                .distinct()
                .map(v -> vendors.findByIdOptional(v)
                        .orElseThrow(() -> Refusal.onField(field, RefusalCode.UNKNOWN_VENDOR, v)))
                .toList();
    }

    private static String invited(Project project) {
        return project.invitedVendorIds.isEmpty()
                ? ""
                : "，邀请供应商 "
                        + project.invitedVendorIds.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private Evaluation evaluationOf(Project project) {
        List<Evaluation.ValidBid> valid = openings.ofProject(project.id).stream()
                .filter(l -> l.valid)
                .map(l -> l.toValidBid(project.otherScores.get(l.bidId)))
                .toList();
        return Evaluation.of(project.evaluationMethod, project.priceWeight, valid);
    }

    /** The project's notice of {@code type}, titled as the public reads it: the project's title, then the notice's name. */
    private static PublishNotice projectNotice(
            Project project, NoticeType type, String body, Map<String, Object> fields) {
        // The open data names the tender by the project's own title, not the notice's.
        fields.put("projectTitle", project.title);
        return PublishNotice.ofProject(type, project.title + type.label(), project.year, project.code, body, fields);
    }

    private void tenderNotice(Project project, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", project.method.name());
        fields.put("evaluationMethod", project.evaluationMethod.name());
        fields.put("categoryCode", project.categoryCode);
        fields.put("budgetAmount", project.budgetAmount);
        fields.put("bidDeadline", deadlineOf(project));
        notices.publish(
                projectNotice(
                        project,
                        NoticeType.TENDER,
                        "采购项目 " + project.code + "「" + project.title + "」以" + project.method.label() + "方式采购，采用"
                                + project.evaluationMethod.label() + "，预算金额 " + yuan(project.budgetAmount) + "，投标截止时间 "
                                + deadlineOf(project) + "。",
                        fields),
                now);
    }

    private static PublishNotice resultNotice(Project project, Vendor vendor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("vendor", vendor.name());
        fields.put("uscc", vendor.uscc());
        fields.put("amount", project.awardedAmount);
        fields.put("budgetAmount", project.budgetAmount);
        fields.put("method", project.method.name());
        fields.put("evaluationMethod", project.evaluationMethod.name());
        return projectNotice(
                project,
                NoticeType.RESULT,
                "采购项目 " + project.code + "「" + project.title + "」采用" + project.evaluationMethod.label()
                        + "评审，中标（成交）供应商："
                        + vendor.name() + "（统一社会信用代码 " + vendor.uscc() + "），中标（成交）金额 " + yuan(project.awardedAmount)
                        + "。",
                fields);
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private static String published(Project project) {
        return "发布采购项目 " + project.code + "，投标截止时间 " + AuditLog.beijing(project.bidDeadline);
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
