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
import jakarta.ws.rs.core.Response;

/** A vendor's own product listings: list a product, follow its review, withdraw it, ask to lower its price. */
@Path("/api/v1/vendors/me/products")
public class VendorProductResource {
    @Inject
    ProductService service;

    @Inject
    PriceChangeService prices;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.VENDOR)
    public Response list(
            @Valid @NotNull(message = "{taxprocurement.request.required}") ProductRequests.Create request) {
        ProductView listing = service.list(currentUser.actor(), request);
        return Response.status(Response.Status.CREATED).entity(listing).build();
    }

    @GET
    @RolesAllowed(Roles.VENDOR)
    public Page<ProductView> mine(
            @QueryParam("roundId") Long roundId,
            @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        return service.mine(currentUser.actor(), roundId, ProductStatus.fromQuery(status), page);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.VENDOR)
    public ProductView withdraw(@PathParam("id") long id) {
        return service.withdraw(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/price-changes")
    @RolesAllowed(Roles.VENDOR)
    public Response proposePriceChange(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.request.required}") PriceRequests.Propose request) {
        PriceChangeView change = prices.propose(currentUser.actor(), id, request);
        return Response.status(Response.Status.CREATED).entity(change).build();
    }
}
