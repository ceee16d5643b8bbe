package cn.taxprocurement.web;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.order.CompetitionRequests;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.CompetitionView;
import cn.taxprocurement.order.Listing;
import cn.taxprocurement.order.OrderRequests;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.order.OrderStatus;
import cn.taxprocurement.order.OrderStep;
import cn.taxprocurement.order.OrderView;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Officers buying from the shortlist for their unit: the unit's orders, one order with its acceptance or cancellation,
 * a direct selection of one listing, and competitions (二次竞价) started from compared listings.
 */
@Path("/officer")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OrderPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    OrderService orders;

    @Inject
    CompetitionService competitions;

    @Inject
    Viewer viewer;

    /** The unit's orders with the status filter, and the unit's competitions. */
    public record Listed(Page<OrderView> page, OrderStatus status, String unit, List<CompetitionView> competitions) {
        public String pageLink() {
            return "/officer/orders?" + (status == null ? "" : "status=" + status + "&");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Listed listed, List<OrderStatus> statuses);

        static native TemplateInstance order(OrderView order, boolean accept, boolean cancel, Form form);

        static native TemplateInstance create(Listing listing, String limit, Form form);

        static native TemplateInstance newCompetition(
                String categoryCode, List<Listing> listings, String productIds, OffsetDateTime earliest, Form form);

        static native TemplateInstance competition(CompetitionView competition, Form form);
    }

    @GET
    @Path("orders")
    public TemplateInstance list(
            @QueryParam("status") OrderStatus status, @QueryParam("page") @DefaultValue("0") int page) {
        String unit = viewer.actor().unit();
        var listed = new Listed(
                orders.search(unit, null, status, null, PageRequest.of(Math.max(0, page), PAGE_SIZE)),
                status,
                unit,
                competitions.ofUnit(viewer.actor()));
        return Templates.list(listed, List.of(OrderStatus.values()));
    }

    /** The direct selection of one listing, as the catalog's listing page links to it. */
    @GET
    @Path("orders/new")
    public TemplateInstance createForm(@QueryParam("productId") Long productId) {
        return createPage(productId, viewer.form(Map.of("quantity", "1")));
    }

    @POST
    @Path("orders/new")
    public Object create(
            @RestForm Long productId,
            @RestForm String quantity,
            @RestForm String deliveryAddress,
            @RestForm String note) {
        Form form = viewer.form(Map.of(
                "quantity",
                Form.text(quantity),
                "deliveryAddress",
                Form.text(deliveryAddress),
                "note",
                Form.text(note)));
        Integer count = form.integer(quantity, "quantity");
        var command = new OrderRequests.Place(
                List.of(new OrderRequests.Line(productId, count)), deliveryAddress, Form.blank(note));
        form.check(command);
        return form.submit(() -> orders.place(viewer.actor(), command))
                .<Object>map(order -> redirect("/officer/orders/" + order.id()))
                .orElseGet(() -> createPage(productId, form));
    }

    @GET
    @Path("orders/{id}")
    public TemplateInstance order(@PathParam("id") long id) {
        return orderPage(id, viewer.emptyForm());
    }

    @POST
    @Path("orders/{id}/accept")
    public Object accept(@PathParam("id") long id, @RestForm String note) {
        Form form = viewer.form(Map.of("step", "accept", "note", Form.text(note)));
        var command = new OrderRequests.Accept(note);
        form.check(command);
        return form.submit(() -> orders.accept(viewer.actor(), id, command))
                .<Object>map(done -> redirect("/officer/orders/" + id))
                .orElseGet(() -> orderPage(id, form));
    }

    /** Cancelling cannot be undone: the officer ticks a confirmation first. */
    @POST
    @Path("orders/{id}/cancel")
    public Object cancel(@PathParam("id") long id, @RestForm String reason, @RestForm String confirmed) {
        Form form = viewer.form(Map.of("step", "cancel", "reason", Form.text(reason)));
        var command = new OrderRequests.Reason(reason);
        form.check(command);
        if (confirmed == null) {
            form.refused(Refusal.onField("confirmed", RefusalCode.CONFIRMATION_REQUIRED));
        }
        return form.submit(() -> orders.cancel(viewer.actor(), id, command))
                .<Object>map(done -> redirect("/officer/orders/" + id))
                .orElseGet(() -> orderPage(id, form));
    }

    /** A competition among the listings the catalog's compare page chose, e.g. {@code productIds=1,2,3}. */
    @GET
    @Path("competitions/new")
    public TemplateInstance competitionForm(
            @QueryParam("categoryCode") String categoryCode, @QueryParam("productIds") String productIds) {
        return newCompetitionPage(categoryCode, productIds, viewer.form(Map.of("quantity", "1")));
    }

    /** The deadline is typed in Beijing time. */
    @POST
    @Path("competitions/new")
    public Object startCompetition(
            @RestForm String categoryCode,
            @RestForm String productIds,
            @RestForm String title,
            @RestForm String quantity,
            @RestForm String requirement,
            @RestForm String deadline,
            @RestForm String deliveryAddress) {
        Form form = viewer.form(Map.of(
                "title", Form.text(title),
                "quantity", Form.text(quantity),
                "requirement", Form.text(requirement),
                "deadline", Form.text(deadline),
                "deliveryAddress", Form.text(deliveryAddress)));
        var command = new CompetitionRequests.Start(
                title,
                categoryCode,
                form.integer(quantity, "quantity"),
                requirement,
                ids(productIds),
                form.beijing(deadline, "deadline"),
                Form.blank(deliveryAddress));
        form.check(command);
        return form.submit(() -> competitions.start(viewer.actor(), command))
                .<Object>map(started -> redirect("/officer/competitions/" + started.id()))
                .orElseGet(() -> newCompetitionPage(categoryCode, productIds, form));
    }

    @GET
    @Path("competitions/{id}")
    public TemplateInstance competition(@PathParam("id") long id) {
        return Templates.competition(competitions.get(viewer.actor(), id), viewer.emptyForm());
    }

    @POST
    @Path("competitions/{id}/close")
    public Object close(@PathParam("id") long id) {
        Form form = viewer.emptyForm();
        return form.submit(() -> competitions.close(viewer.actor(), id))
                .<Object>map(closed -> redirect("/officer/competitions/" + id))
                .orElseGet(() -> Templates.competition(competitions.get(viewer.actor(), id), form));
    }

    private TemplateInstance orderPage(long id, Form form) {
        Set<OrderStep> steps = orders.allowedSteps(viewer.actor(), id);
        return Templates.order(
                orders.get(viewer.actor(), id),
                steps.contains(OrderStep.ACCEPT),
                steps.contains(OrderStep.CANCEL),
                form);
    }

    private TemplateInstance createPage(Long productId, Form form) {
        Listing listing = null;
        if (productId == null) {
            form.refused(new Refusal(RefusalCode.UNKNOWN_PRODUCT, ""));
        } else {
            try {
                listing = orders.listings(List.of(productId)).get(0);
            } catch (Refusal refused) {
                form.refused(refused);
            }
        }
        return Templates.create(listing, Formats.yuan(orders.directSelectionLimit()), form);
    }

    private TemplateInstance newCompetitionPage(String categoryCode, String productIds, Form form) {
        List<Listing> listings = List.of();
        try {
            listings = orders.listings(ids(productIds));
        } catch (Refusal refused) {
            form.refused(refused);
        }
        return Templates.newCompetition(
                Form.text(categoryCode), listings, Form.text(productIds), competitions.earliestDeadline(), form);
    }

    /** Listing ids as the compare page sends them: comma-separated; what is not a number is left out. */
    private static List<Long> ids(String productIds) {
        List<Long> ids = new ArrayList<>();
        for (String id : Form.text(productIds).split(",")) {
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                // Not a listing id: the form shows the listings it could read.
            }
        }
        return ids;
    }

    private static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
