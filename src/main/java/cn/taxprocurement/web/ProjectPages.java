package cn.taxprocurement.web;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.project.AwardProject;
import cn.taxprocurement.project.CloseProject;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import cn.taxprocurement.vendor.VendorView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/** Officers' projects: the filtered list, a new project, one project with the steps its status allows, merging. */
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

    /** The steps the project allows this officer, as the form offers them. */
    public record Steps(boolean publish, boolean award, boolean fail, boolean cancel) {
        static Steps of(Set<ProjectStep> allowed) {
            return new Steps(
                    allowed.contains(ProjectStep.PUBLISH),
                    allowed.contains(ProjectStep.AWARD),
                    allowed.contains(ProjectStep.FAIL),
                    allowed.contains(ProjectStep.CANCEL));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Page<ProjectView> page,
                Query query,
                List<ProjectStatus> statuses,
                List<ProcurementMethod> methods,
                Form merge);

        static native TemplateInstance create(List<ProcurementMethod> methods, Form form);

        static native TemplateInstance project(
                ProjectView project, String awardedVendor, Steps steps, List<VendorView> vendors, Form form);
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
        Form form = viewer.form(Map.of("title", Form.text(title))).check(command);
        return form.submit(() -> projects.merge(viewer.actor(), command))
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> listPage(new Query(null, ProjectStatus.DRAFT, null, null), 0, form));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.create(List.of(ProcurementMethod.values()), viewer.emptyForm());
    }

    @POST
    public Object create(
            @RestForm String title,
            @RestForm String year,
            @RestForm String categoryCode,
            @RestForm ProcurementMethod method,
            @RestForm String budgetAmount,
            @RestForm String batchId) {
        Form form = viewer.form(Map.of(
                "title", Form.text(title),
                "year", Form.text(year),
                "categoryCode", Form.text(categoryCode),
                "method", method == null ? "" : method.name(),
                "budgetAmount", Form.text(budgetAmount),
                "batchId", Form.text(batchId)));
        BigDecimal budget = form.decimal(budgetAmount, "budgetAmount");
        Integer theYear = form.integer(year, "year");
        Integer batch = form.integer(batchId, "batchId");
        var command = new CreateProject(
                title, theYear, categoryCode, method, budget, batch == null ? null : batch.longValue());
        form.check(command);
        return form.submit(() -> projects.create(viewer.actor(), command))
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> Templates.create(List.of(ProcurementMethod.values()), form));
    }

    @GET
    @Path("{id}")
    public TemplateInstance project(@PathParam("id") long id) {
        return projectPage(projects.get(id), viewer.emptyForm());
    }

    /** The deadline is typed in Beijing time. */
    @POST
    @Path("{id}/publish")
    public Object publish(@PathParam("id") long id, @RestForm String bidDeadline) {
        Form form = viewer.form(Map.of("bidDeadline", Form.text(bidDeadline)));
        OffsetDateTime deadline = form.beijing(bidDeadline, "bidDeadline");
        PublishProject command = new PublishProject(deadline);
        return step(id, form, command, () -> projects.publish(viewer.actor(), id, command));
    }

    @POST
    @Path("{id}/award")
    public Object award(@PathParam("id") long id, @RestForm Long vendorId, @RestForm String awardedAmount) {
        Form form = viewer.form(Map.of(
                "vendorId", vendorId == null ? "" : vendorId.toString(), "awardedAmount", Form.text(awardedAmount)));
        var command = new AwardProject(vendorId, form.decimal(awardedAmount, "awardedAmount"), null);
        return step(id, form, command, () -> projects.award(viewer.actor(), id, command));
    }

    @POST
    @Path("{id}/fail")
    public Object fail(@PathParam("id") long id, @RestForm String reason) {
        var command = new CloseProject(reason);
        Form form = viewer.form(Map.of("failReason", Form.text(reason)));
        return step(id, form, command, () -> projects.fail(viewer.actor(), id, command));
    }

    @POST
    @Path("{id}/cancel")
    public Object cancel(@PathParam("id") long id, @RestForm String reason) {
        var command = new CloseProject(reason);
        Form form = viewer.form(Map.of("cancelReason", Form.text(reason)));
        return step(id, form, command, () -> projects.cancel(viewer.actor(), id, command));
    }

    private Object step(long id, Form form, Object command, Supplier<ProjectView> action) {
        form.check(command);
        return form.submit(action)
                .<Object>map(ProjectPages::redirect)
                .orElseGet(() -> projectPage(projects.get(id), form));
    }

    private TemplateInstance projectPage(ProjectView project, Form form) {
        Steps steps = Steps.of(projects.allowedSteps(viewer.actor(), project.id()));
        List<VendorView> active = steps.award()
                ? vendors.search(VendorStatus.ACTIVE, null, PageRequest.of(0, 200))
                        .items()
                : List.of();
        String awardedVendor = project.awardedVendorId() == null
                ? null
                : vendors.get(project.awardedVendorId()).name();
        return Templates.project(project, awardedVendor, steps, active, form);
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
                merge);
    }

    private static Response redirect(ProjectView project) {
        return Response.seeOther(URI.create("/officer/projects/" + project.id()))
                .build();
    }
}
