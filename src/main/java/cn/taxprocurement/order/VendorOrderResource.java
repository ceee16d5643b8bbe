package cn.taxprocurement.order;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's own orders. */
@Tag(name = "Orders")
@Path("/api/v1/vendors/me/orders")
public class VendorOrderResource {
    @Inject
    OrderService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "List my orders", description = "The vendor's own orders.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<OrderView> mine(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return service.mine(currentUser.actor(), OrderResource.statusOf(status), page);
    }
}
