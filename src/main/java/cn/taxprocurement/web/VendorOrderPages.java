package cn.taxprocurement.web;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.order.OrderRequests;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.order.OrderStatus;
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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/** A vendor's own orders: confirm a placed one or decline it with a reason, then report it delivered. */
@Path("/vendor/orders")
@RolesAllowed(Roles.VENDOR)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class VendorOrderPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    OrderService orders;

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orders(
                Page<OrderView> page, OrderStatus status, List<OrderStatus> statuses, Form form);
    }

    @GET
    public TemplateInstance orders(
            @QueryParam("status") OrderStatus status, @QueryParam("page") @DefaultValue("0") int page) {
        return ordersPage(status, page, viewer.emptyForm());
    }

    @POST
    @Path("{id}/confirm")
    public Object confirm(@PathParam("id") long id) {
        return step(viewer.form(Map.of("order", String.valueOf(id))), () -> orders.confirm(viewer.actor(), id));
    }

    @POST
    @Path("{id}/deliver")
    public Object deliver(@PathParam("id") long id) {
        return step(viewer.form(Map.of("order", String.valueOf(id))), () -> orders.deliver(viewer.actor(), id));
    }

    @POST
    @Path("{id}/decline")
    public Object decline(@PathParam("id") long id, @RestForm String reason) {
        var command = new OrderRequests.Reason(reason);
        Form form = viewer.form(Map.of("order", String.valueOf(id), "reason", Form.text(reason)))
                .check(command);
        return step(form, () -> orders.decline(viewer.actor(), id, command));
    }

    private Object step(Form form, Supplier<?> action) {
        return form.submit(action)
                .<Object>map(
                        done -> Response.seeOther(URI.create("/vendor/orders")).build())
                .orElseGet(() -> ordersPage(null, 0, form));
    }

    private TemplateInstance ordersPage(OrderStatus status, int page, Form form) {
        return Templates.orders(
                orders.mine(viewer.actor(), status, PageRequest.of(Math.max(0, page), PAGE_SIZE)),
                status,
                List.of(OrderStatus.values()),
                form);
    }
}
