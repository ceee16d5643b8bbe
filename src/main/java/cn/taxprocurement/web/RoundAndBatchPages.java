package cn.taxprocurement.web;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.CategoryListings;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.category.CategoryService;
import cn.taxprocurement.category.CategoryView;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.project.BatchView;
import cn.taxprocurement.project.CreateBatch;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Roles;
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
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** Officers' shortlist rounds (open, close) and batches (list, create, publish all their drafts together). */
@Path("/officer")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class RoundAndBatchPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProjectService projects;

    @Inject
    CategoryService categories;

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(
                List<RoundView> rounds,
                Map<Long, List<CategoryListings>> categories,
                List<CategoryView> leaves,
                Form form);

        static native TemplateInstance batches(Page<BatchView> page, Integer year, String pageLink, Form form);

        static native TemplateInstance batch(BatchView batch, Form form, boolean publishable, String published);
    }

    @GET
    @Path("rounds")
    public TemplateInstance rounds() {
        return roundsPage(viewer.emptyForm());
    }

    /** The categories are ticked from those products are listed in: the ones no other category has under it. */
    @POST
    @Path("rounds")
    public TemplateInstance openRound(
            @RestForm String year, @RestForm String name, @RestForm List<String> categoryCodes) {
        Form form = viewer.form(Map.of(
                "year", Form.text(year), "name", Form.text(name), "categoryCodes", String.join(",", categoryCodes)));
        var request = new RoundRequests.Open(form.integer(year, "year"), name, categoryCodes);
        form.check(request);
        Form shown = form.submit(() -> rounds.open(viewer.actor(), request))
                .map(round -> viewer.emptyForm().done(round.name()))
                .orElse(form);
        return roundsPage(shown);
    }

    private TemplateInstance roundsPage(Form form) {
        List<CategoryView> all = categories.list();
        Set<String> parents = all.stream().map(CategoryView::parentCode).collect(Collectors.toSet());
        List<CategoryView> leaves =
                all.stream().filter(c -> !parents.contains(c.code())).toList();
        return Templates.rounds(rounds.list(null), rounds.categoryListings(), leaves, form);
    }

    /** Closing cannot be undone: the officer ticks a confirmation first. */
    @POST
    @Path("rounds/{id}/close")
    public TemplateInstance closeRound(@PathParam("id") long id, @RestForm String confirmed) {
        Form form = confirmed == null
                ? viewer.emptyForm().refused(new Refusal(RefusalCode.CONFIRMATION_REQUIRED))
                : viewer.emptyForm();
        Form shown = form.submit(() -> rounds.close(viewer.actor(), id))
                .map(round -> viewer.emptyForm().done(round.name()))
                .orElse(form);
        return roundsPage(shown);
    }

    /** The batches of a year (or all), or the batch whose number was typed into the page. */
    @GET
    @Path("batches")
    public Object batches(
            @QueryParam("batchId") Long batchId,
            @QueryParam("year") Integer year,
            @QueryParam("page") @DefaultValue("0") int page) {
        return batchId == null
                ? batchesPage(year, page, viewer.emptyForm())
                : Response.seeOther(URI.create("/officer/batches/" + batchId)).build();
    }

    @POST
    @Path("batches")
    public Object createBatch(@RestForm String name, @RestForm String year) {
        Form form = viewer.form(Map.of("name", Form.text(name), "year", Form.text(year)));
        var command = new CreateBatch(name, form.integer(year, "year"));
        form.check(command);
        if (!form.valid()) {
            return batchesPage(null, 0, form);
        }
        BatchView batch = projects.createBatch(viewer.actor(), command);
        return Response.seeOther(URI.create("/officer/batches/" + batch.id())).build();
    }

    @GET
    @Path("batches/{id}")
    public TemplateInstance batch(@PathParam("id") long id) {
        return batchPage(projects.batch(id), viewer.emptyForm(), null);
    }

    @POST
    @Path("batches/{id}/publish")
    public TemplateInstance publishBatch(@PathParam("id") long id, @RestForm String bidDeadline) {
        Form form = viewer.form(Map.of("bidDeadline", Form.text(bidDeadline)));
        OffsetDateTime deadline = form.beijing(bidDeadline, "bidDeadline");
        var command = new PublishProject(deadline);
        form.check(command);
        List<Long> drafts = projects.batch(id).projects().stream()
                .filter(p -> p.status() == ProjectStatus.DRAFT)
                .map(BatchView.Member::id)
                .toList();
        return form.submit(() -> projects.publishBatch(viewer.actor(), id, command))
                .map(batch -> batchPage(batch, viewer.emptyForm(), publishedOf(batch, drafts)))
                .orElseGet(() -> batchPage(projects.batch(id), form, null));
    }

    /** The batch with its publish form while a draft is left to publish, and what was just published. */
    private static TemplateInstance batchPage(BatchView batch, Form form, String published) {
        boolean publishable = batch.projects().stream().anyMatch(p -> p.status() == ProjectStatus.DRAFT);
        return Templates.batch(batch, form, publishable, published);
    }

    /** The codes of the batch's former drafts that are now published, in the order listed. */
    private static String publishedOf(BatchView batch, List<Long> drafts) {
        return batch.projects().stream()
                .filter(p -> drafts.contains(p.id()) && p.status() == ProjectStatus.PUBLISHED)
                .map(BatchView.Member::code)
                .collect(Collectors.joining(", "));
    }

    private TemplateInstance batchesPage(Integer year, int page, Form form) {
        String pageLink = year == null ? "/officer/batches?" : "/officer/batches?year=" + year + "&";
        return Templates.batches(
                projects.batches(year, PageRequest.of(Math.max(0, page), PAGE_SIZE)), year, pageLink, form);
    }
}
