package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers decide vendors' requests to lower listing prices. */
@Tag(name = "Price changes", description = "Officers decide vendors' requests to lower listing prices")
@Path("/api/v1/price-changes")
@RolesAllowed(Roles.OFFICER)
public class PriceChangeResource {
    @Inject
    PriceChangeService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "List price changes")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<PriceChangeView> search(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return service.search(PriceChangeStatus.fromQuery(status), page);
    }

    @POST
    @Path("{id}/approve")
    @Operation(
            summary = "Approve a price change",
            description = "The new price becomes the listing's unitPrice from now on.")
    @APIResponse(responseCode = "200", description = "The price change")
    @APIResponse(responseCode = "404", description = "No such price change")
    @APIResponse(responseCode = "409", description = "Not PENDING")
    public PriceChangeView approve(@PathParam("id") long id) {
        return service.approve(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a price change")
    @APIResponse(responseCode = "200", description = "The price change")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such price change")
    @APIResponse(responseCode = "409", description = "Not PENDING")
    public PriceChangeView reject(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.reason.rejection.required}") PriceRequests.Reason request) {
        return service.reject(currentUser.actor(), id, request);
    }
}
