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

/** Officers decide vendors' requests to lower listing prices. */
@Path("/api/v1/price-changes")
@RolesAllowed(Roles.OFFICER)
public class PriceChangeResource {
    @Inject
    PriceChangeService service;

    @Inject
    CurrentUser currentUser;

    @GET
    public Page<PriceChangeView> search(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return service.search(PriceChangeStatus.fromQuery(status), page);
    }

    @POST
    @Path("{id}/approve")
    public PriceChangeView approve(@PathParam("id") long id) {
        return service.approve(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/reject")
    public PriceChangeView reject(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.reason.rejection.required}") PriceRequests.Reason request) {
        return service.reject(currentUser.actor(), id, request);
    }
}
