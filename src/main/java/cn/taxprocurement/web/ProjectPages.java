package cn.taxprocurement.web;

import cn.taxprocurement.category.CategoryService;
import cn.taxprocurement.category.CategoryView;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.project.AnnounceIntention;
import cn.taxprocurement.project.AwardProject;
import cn.taxprocurement.project.BidOpeningView;
import cn.taxprocurement.project.CloseProject;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.Evaluation;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.ExtendDeadline;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.project.ScoreBids;
import cn.taxprocurement.project.SetInvitations;
import cn.taxprocurement.project.WaitingPeriod;
import cn.taxprocurement.project.WaitingPeriods;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import cn.taxprocurement.vendor.VendorView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Officers' projects: the filtered list, a new project, a result procured elsewhere, one project with the steps it
 * allows its reader, merging.
 */
@Path("/officer/projects")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ProjectPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    ProjectService projects;

    @Inject
    VendorService vendors;

    @Inject
    WaitingPeriods periods;

    @Inject
    CategoryService categories;

    @Inject
    Viewer viewer;

    /** The list's filters, echoed into its form and its page links. */
    public record Query(Integer year, ProjectStatus status, String categoryCode, ProcurementMethod method) {
        public String pageLink() {
            UriBuilder uri = UriBuilder.fromPath("/officer/projects");
            if (year != null) {
                uri.queryParam("year", year);
            }
            if (status != null) {
                uri.queryParam("status", status);
            }
            if (categoryCode != null) {
                uri.queryParam("categoryCode", categoryCode);
            }
            if (method != null) {
                uri.queryParam("method", method);
            }
            String link = uri.build().toString();
            return link + (link.contains("?") ? "&" : "?");
        }
    }

    /** The steps the project allows this officer, as the page offers them. */
    public record Steps(
            boolean invite,
            boolean announce,
            boolean publish,
            boolean extend,
            boolean openBids,
            boolean evaluate,
            boolean award,
            boolean fail,
            boolean cancel,
            boolean confirm) {
        static Steps of(Set<ProjectStep> allowed) {
            return new Steps(
                    allowed.contains(ProjectStep.INVITE),
                    allowed.contains(ProjectStep.ANNOUNCE_INTENTION),
                    allowed.contains(ProjectStep.PUBLISH),
                    allowed.contains(ProjectStep.EXTEND),
                    allowed.contains(ProjectStep.OPEN_BIDS),
                    allowed.contains(ProjectStep.EVALUATE),
                    allowed.contains(ProjectStep.AWARD),
                    allowed.contains(ProjectStep.FAIL),
                    allowed.contains(ProjectStep.CANCEL),
                    allowed.contains(ProjectStep.CONFIRM));
        }
    }

    /**
     * One project as its page shows it: the steps it allows, whether the reader is one of its creators (who may not
     * award it), the invited vendors, the opening record and the ranking once the bids are opened.
     */
    public record Shown(
            ProjectView project,
            String awardedVendor,
            Steps steps,
            boolean creator,
            List<VendorView> invited,
            Waiting waiting,
            BidOpeningView opening,
            Evaluation evaluation,
            List<ProjectView> mergedFrom) {
        /** The non-price points the scoring form shows for a bid: as typed when refused, else as stored. */
        public String score(Form form, Evaluation.Entry entry) {
            return "evaluate".equals(form.value("step"))
                    ? form.value("otherScore-" + entry.bidId())
                    : entry.otherScore() == null ? "" : entry.otherScore().toPlainString();
        }

        /** Whether {@code bidId} is the bid the award form picks: the one sent back, else the first ranked. */
        public boolean picked(Form form, long bidId) {
            String sent = form.value("bidId");
            return sent.isEmpty()
                    ? evaluation != null && Long.valueOf(bidId).equals(evaluation.firstBidId())
                    : sent.equals(String.valueOf(bidId));
        }
    }

    /** The least waiting period (等标期) of the project's method: working days, whole days, or else seconds. */
    public record Waiting(int workingDays, long days, long seconds) {
        static Waiting of(WaitingPeriod period) {
            if (period.duration() == null) {
                return new Waiting(period.workingDays(), 0, 0);
            }
            long seconds = period.duration().toSeconds();
            return new Waiting(0, seconds > 0 && seconds % 86_400 == 0 ? seconds / 86_400 : 0, seconds);
        }
    }

    /** The fields a new project and a recorded result share, as typed into ProjectPages/fields. */
    public record Shared(
            @RestForm String title,
            @RestForm String year,
            @RestForm String categoryCode,
            @RestForm ProcurementMethod method,
            @RestForm String budgetAmount) {
        /** The values the form shows again, to which each page adds its own fields. */
        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("title", Form.text(title));
            values.put("year", Form.text(year));
            values.put("categoryCode", Form.text(categoryCode));
            values.put("method", method == null ? "" : method.name());
            values.put("budgetAmount", Form.text(budgetAmount));
            return values;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Page<ProjectView> page,
                Query query,
                List<ProjectStatus> statuses,
                List<ProcurementMethod> methods,
                List<CategoryView> categories,
                Form merge);

        static native TemplateInstance create(
                List<ProcurementMethod> methods,
                List<CategoryView> categories,
                List<EvaluationMethod> evaluationMethods,
                Form form);

        static native TemplateInstance record(
                List<ProcurementMethod> methods, List<CategoryView> categories, List<VendorView> vendors, Form form);

        static native TemplateInstance project(Shown shown, List<VendorView> vendors, Form form);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("year") Integer year,
            @QueryParam("status") ProjectStatus status,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("method") ProcurementMethod method,
            @QueryParam("page") @DefaultValue("0") int page) {
        return listPage(new Query(year, status, Form.blank(categoryCode), method), page, viewer.emptyForm());
    }

    @POST
    @Path("merge")
    public Object merge(@RestForm String title, @RestForm List<Long> projectIds) {
        var command = new MergeProjects(title, projectIds == null ? List.of() : projectIds);
        String ticked = command.projectIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        Form form = viewer.form(Map.of("title", Form.text(title), "projectIds", ticked))
                .check(command);
        return form.submit(() -> projects.merge(viewer.actor(), command))
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> listPage(new Query(null, ProjectStatus.DRAFT, null, null), 0, form));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return createPage(viewer.emptyForm());
    }

    /** Every field's error is shown at once: what Bean Validation finds and every rule the project breaks. */
    @POST
    public Object create(
            @BeanParam Shared shared,
            @RestForm String batchId,
            @RestForm EvaluationMethod evaluationMethod,
            @RestForm String priceWeight) {
        Map<String, String> values = shared.values();
        values.put("batchId", Form.text(batchId));
        values.put("evaluationMethod", evaluationMethod == null ? "" : evaluationMethod.name());
        values.put("priceWeight", Form.text(priceWeight));
        Form form = viewer.form(values);
        BigDecimal budget = form.decimal(shared.budgetAmount(), "budgetAmount");
        Integer theYear = form.integer(shared.year(), "year");
        Integer batch = form.integer(batchId, "batchId");
        var command = new CreateProject(
                shared.title(),
                theYear,
                shared.categoryCode(),
                shared.method(),
                budget,
                batch == null ? null : batch.longValue(),
                evaluationMethod,
                form.integer(priceWeight, "priceWeight"),
                null);
        form.check(command).refused(projects.refusalsOf(command));
        return form.submit(() -> projects.create(viewer.actor(), command))
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> createPage(form));
    }

    @GET
    @Path("records")
    public TemplateInstance recordForm() {
        return recordPage(viewer.emptyForm());
    }

    /** A result procured elsewhere; the time it was awarded is typed in Beijing time. */
    @POST
    @Path("records")
    public Object record(
            @BeanParam Shared shared,
            @RestForm String awardedAmount,
            @RestForm Long vendorId,
            @RestForm String awardedAt,
            @RestForm String reference) {
        Map<String, String> values = shared.values();
        values.put("awardedAmount", Form.text(awardedAmount));
        values.put("vendorId", vendorId == null ? "" : vendorId.toString());
        values.put("awardedAt", Form.text(awardedAt));
        values.put("reference", Form.text(reference));
        Form form = viewer.form(values);
        var command = new RecordResult(
                shared.title(),
                form.integer(shared.year(), "year"),
                shared.categoryCode(),
                shared.method(),
                form.decimal(shared.budgetAmount(), "budgetAmount"),
                form.decimal(awardedAmount, "awardedAmount"),
                vendorId,
                form.beijing(awardedAt, "awardedAt"),
                reference);
        form.check(command);
        return form.submit(() -> projects.record(viewer.actor(), command))
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> recordPage(form));
    }

    @GET
    @Path("{id}")
    public TemplateInstance project(@PathParam("id") long id) {
        return projectPage(projects.get(id), viewer.emptyForm());
    }

    @POST
    @Path("{id}/invitations")
    public Object invite(@PathParam("id") long id, @RestForm List<Long> vendorIds) {
        var command = new SetInvitations(vendorIds == null ? List.of() : vendorIds);
        Form form = viewer.form(Map.of("step", "invite"));
        return step(id, form, command, () -> projects.setInvitations(viewer.actor(), id, command));
    }

    /** The planned month is typed as 2026-03. */
    @POST
    @Path("{id}/intention")
    public Object announce(@PathParam("id") long id, @RestForm String plannedMonth, @RestForm String summary) {
        Form form = viewer.form(
                Map.of("step", "announce", "plannedMonth", Form.text(plannedMonth), "summary", Form.text(summary)));
        var command = new AnnounceIntention(form.month(plannedMonth, "plannedMonth"), summary);
        return step(id, form, command, () -> projects.announceIntention(viewer.actor(), id, command));
    }

    /** The deadline is typed in Beijing time. */
    @POST
    @Path("{id}/publish")
    public Object publish(@PathParam("id") long id, @RestForm String bidDeadline) {
        Form form = viewer.form(Map.of("step", "publish", "bidDeadline", Form.text(bidDeadline)));
        OffsetDateTime deadline = form.beijing(bidDeadline, "bidDeadline");
        PublishProject command = new PublishProject(deadline);
        return step(id, form, command, () -> projects.publish(viewer.actor(), id, command));
    }

    /** The later deadline is typed in Beijing time. */
    @POST
    @Path("{id}/extend")
    public Object extend(@PathParam("id") long id, @RestForm String bidDeadline, @RestForm String reason) {
        Form form = viewer.form(
                Map.of("step", "extend", "bidDeadline", Form.text(bidDeadline), "reason", Form.text(reason)));
        var command = new ExtendDeadline(form.beijing(bidDeadline, "bidDeadline"), reason);
        return step(id, form, command, () -> projects.extend(viewer.actor(), id, command));
    }

    @POST
    @Path("{id}/open-bids")
    public Object openBids(@PathParam("id") long id) {
        Form form = viewer.form(Map.of("step", "open"));
        return step(id, form, Boolean.TRUE, () -> projects.openBids(viewer.actor(), id));
    }

    /** Each valid bid's non-price points, sent as parallel lists of bid ids and scores. */
    @POST
    @Path("{id}/evaluation")
    public Object score(@PathParam("id") long id, @RestForm List<Long> bidIds, @RestForm List<String> otherScores) {
        List<Long> bids = bidIds == null ? List.of() : bidIds;
        List<String> typed = otherScores == null ? List.of() : otherScores;
        Map<String, String> values = new HashMap<>(Map.of("step", "evaluate"));
        for (int i = 0; i < bids.size(); i++) {
            values.put("otherScore-" + bids.get(i), i < typed.size() ? Form.text(typed.get(i)) : "");
        }
        Form form = viewer.form(values);
        List<ScoreBids.Score> scores = new ArrayList<>();
        for (Long bid : bids) {
            scores.add(new ScoreBids.Score(bid, form.decimal(values.get("otherScore-" + bid), "otherScore")));
        }
        var command = new ScoreBids(scores);
        return step(id, form, command, () -> projects.scoreBids(viewer.actor(), id, command));
    }

    /** The award names a ranked bid; its amount is the bid's own, never typed. */
    @POST
    @Path("{id}/award")
    public Object award(@PathParam("id") long id, @RestForm Long bidId, @RestForm String reason) {
        Form form = viewer.form(
                Map.of("step", "award", "bidId", bidId == null ? "" : bidId.toString(), "reason", Form.text(reason)));
        var command = new AwardProject(bidId, null, Form.blank(reason));
        return step(id, form, command, () -> projects.award(viewer.actor(), id, command));
    }

    /** Failing a tender ends the project: the officer ticks a confirmation first. */
    @POST
    @Path("{id}/fail")
    public Object fail(@PathParam("id") long id, @RestForm String reason, @RestForm String confirmed) {
        var command = new CloseProject(reason);
        Form form = confirmed(viewer.form(Map.of("step", "fail", "reason", Form.text(reason))), confirmed);
        return step(id, form, command, () -> projects.fail(viewer.actor(), id, command));
    }

    /** Cancelling ends the project: the officer ticks a confirmation first. */
    @POST
    @Path("{id}/cancel")
    public Object cancel(@PathParam("id") long id, @RestForm String reason, @RestForm String confirmed) {
        var command = new CloseProject(reason);
        Form form = confirmed(viewer.form(Map.of("step", "cancel", "reason", Form.text(reason))), confirmed);
        return step(id, form, command, () -> projects.cancel(viewer.actor(), id, command));
    }

    @POST
    @Path("{id}/confirm")
    public Object confirm(@PathParam("id") long id) {
        Form form = viewer.form(Map.of("step", "confirm"));
        return step(id, form, Boolean.TRUE, () -> projects.confirm(viewer.actor(), id));
    }

    /** A form whose confirmation box was not ticked is refused on that box. */
    static Form confirmed(Form form, String confirmed) {
        return confirmed == null ? form.refused(Refusal.onField("confirmed", RefusalCode.CONFIRMATION_REQUIRED)) : form;
    }

    private Object step(long id, Form form, Object command, Supplier<?> action) {
        form.check(command);
        return form.submit(action)
                .<Object>map(done -> redirect(id))
                .orElseGet(() -> projectPage(projects.get(id), form));
    }

    private TemplateInstance projectPage(ProjectView project, Form form) {
        Steps steps = Steps.of(projects.allowedSteps(viewer.actor(), project.id()));
        List<VendorView> active = steps.invite() ? activeVendors() : List.of();
        String awardedVendor = project.awardedVendorId() == null
                ? null
                : vendors.get(project.awardedVendorId()).name();
        List<VendorView> invited =
                project.invitedVendorIds().stream().map(vendors::get).toList();
        boolean opened = project.bidsOpenedAt() != null;
        // Opened already: this reads the one record back and opens nothing.
        BidOpeningView opening = opened ? projects.openBids(viewer.actor(), project.id()) : null;
        Evaluation evaluation = opened ? projects.evaluation(project.id()) : null;
        boolean creator = project.creators().contains(viewer.actor().subject());
        var shown = new Shown(
                project,
                awardedVendor,
                steps,
                creator,
                invited,
                Waiting.of(periods.of(project.method())),
                opening,
                evaluation,
                projects.mergedInto(project.id()));
        return Templates.project(shown, active, form);
    }

    private TemplateInstance createPage(Form form) {
        return Templates.create(
                List.of(ProcurementMethod.values()), categories.list(), List.of(EvaluationMethod.values()), form);
    }

    private TemplateInstance recordPage(Form form) {
        return Templates.record(List.of(ProcurementMethod.values()), categories.list(), activeVendors(), form);
    }

    private List<VendorView> activeVendors() {
        return vendors.search(VendorStatus.ACTIVE, null, PageRequest.of(0, 200)).items();
    }

    private TemplateInstance listPage(Query query, int page, Form merge) {
        return Templates.list(
                projects.search(
                        query.year(),
                        query.status(),
                        query.categoryCode(),
                        query.method(),
                        null,
                        PageRequest.of(Math.max(0, page), PAGE_SIZE)),
                query,
                List.of(ProjectStatus.values()),
                List.of(ProcurementMethod.values()),
                categories.list(),
                merge);
    }

    private static Response redirect(ProjectView project) {
        return redirect(project.id());
    }

    private static Response redirect(long id) {
        return Response.seeOther(URI.create("/officer/projects/" + id)).build();
    }
}
