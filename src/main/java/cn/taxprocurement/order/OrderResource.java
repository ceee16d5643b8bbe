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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders from the shortlist: officers place, accept and cancel them; their vendors confirm, deliver or decline. */
@Tag(name = "Orders", description = "Orders from the shortlist: officers buy for their unit, vendors fulfil")
@Path("/api/v1/orders")
public class OrderResource {
    @Inject
    OrderService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Place an order", description = "A PLACED DIRECT_SELECTION order at the listed prices.")
    @APIResponseSchema(value = OrderView.class, responseCode = "201", responseDescription = "The PLACED order")
    @APIResponse(responseCode = "400", description = "A quantity below 1 or above 100000, or invalid fields")
    @APIResponse(
            responseCode = "409",
            description =
                    "A listing not APPROVED or of an old round, lines from more than one vendor, or a total above the direct-selection limit")
    public Response place(@Valid @NotNull OrderRequests.Place command) {
        OrderView order = service.place(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/orders/" + order.id()))
                .entity(order)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "List orders")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
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
    @Operation(summary = "Read an order")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order, or another vendor's")
    public OrderView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Confirm an order", description = "Its vendor confirms: CONFIRMED.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order, or another vendor's")
    @APIResponse(responseCode = "409", description = "Not PLACED")
    public OrderView confirm(@PathParam("id") long id) {
        return service.confirm(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Deliver an order", description = "Its vendor delivers: DELIVERED.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order, or another vendor's")
    @APIResponse(responseCode = "409", description = "Not CONFIRMED")
    public OrderView deliver(@PathParam("id") long id) {
        return service.deliver(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Decline an order", description = "Its vendor declines, with a reason: DECLINED.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such order, or another vendor's")
    @APIResponse(responseCode = "409", description = "Not PLACED")
    public OrderView decline(@PathParam("id") long id, @Valid @NotNull OrderRequests.Reason command) {
        return service.decline(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Accept a delivery (验收)", description = "An officer of the buying unit accepts: ACCEPTED.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "No note")
    @APIResponse(responseCode = "403", description = "Not an officer of its buying unit")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Not DELIVERED")
    public OrderView accept(@PathParam("id") long id, @Valid @NotNull OrderRequests.Accept command) {
        return service.accept(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Cancel an order",
            description = "An officer of the buying unit cancels, with a reason: CANCELLED.")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not an officer of its buying unit")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Not PLACED")
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
