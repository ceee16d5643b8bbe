package cn.taxprocurement.order;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/** Orders from the shortlist: officers place, accept and cancel them; their vendors confirm, deliver or decline. */
@Path("/api/v1/orders")
public class OrderResource {
    @Inject
    OrderService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response place(@Valid @NotNull OrderRequests.Place command) {
        OrderView order = service.place(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/orders/" + order.id()))
                .entity(order)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Page<OrderView> list(
            @QueryParam("unit") String unit,
            @QueryParam("vendorId") Long vendorId,
            @QueryParam("status") String status,
            @QueryParam("year") Integer year,
            @Valid @BeanParam PageRequest page) {
        return service.search(
                unit == null || unit.isBlank() ? null : unit.strip(), vendorId, statusOf(status), year, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.VENDOR})
    public OrderView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.VENDOR)
    public OrderView confirm(@PathParam("id") long id) {
        return service.confirm(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(Roles.VENDOR)
    public OrderView deliver(@PathParam("id") long id) {
        return service.deliver(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.VENDOR)
    public OrderView decline(@PathParam("id") long id, @Valid @NotNull OrderRequests.Reason command) {
        return service.decline(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.OFFICER)
    public OrderView accept(@PathParam("id") long id, @Valid @NotNull OrderRequests.Accept command) {
        return service.accept(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.OFFICER)
    public OrderView cancel(@PathParam("id") long id, @Valid @NotNull OrderRequests.Reason command) {
        return service.cancel(currentUser.actor(), id, command);
    }

    /** The status a {@code status} query names, or null when it names none. */
    static OrderStatus statusOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("status", RefusalCode.VALUE_NOT_RECOGNISED, value);
        }
    }
}
