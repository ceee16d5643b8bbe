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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's own product listings: list a product, follow its review, withdraw it, ask to lower its price. */
@Tag(name = "My products", description = "A vendor's own product listings")
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
    @Operation(summary = "List a product", description = "A SUBMITTED listing, for an officer to review.")
    @APIResponseSchema(value = ProductView.class, responseCode = "201", responseDescription = "The SUBMITTED listing")
    @APIResponse(responseCode = "400", description = "Invalid fields (price above 0 and at most 999999999.99)")
    @APIResponse(
            responseCode = "409",
            description =
                    "Vendor not ACTIVE, round CLOSED, category not in the round, or the same brand and model already listed in it")
    public Response list(
            @Valid @NotNull(message = "{taxprocurement.request.required}") ProductRequests.Create request) {
        ProductView listing = service.list(currentUser.actor(), request);
        return Response.status(Response.Status.CREATED).entity(listing).build();
    }

    @GET
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "List my products", description = "The vendor's own listings only.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<ProductView> mine(
            @QueryParam("roundId") Long roundId,
            @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        return service.mine(currentUser.actor(), roundId, ProductStatus.fromQuery(status), page);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Withdraw a listing", description = "WITHDRAWN, while its round is OPEN.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "404", description = "Not its own listing")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or APPROVED, or the round is CLOSED")
    public ProductView withdraw(@PathParam("id") long id) {
        return service.withdraw(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/price-changes")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Propose a lower price", description = "A PENDING price change for an officer to decide.")
    @APIResponseSchema(
            value = PriceChangeView.class,
            responseCode = "201",
            responseDescription = "The PENDING price change")
    @APIResponse(responseCode = "400", description = "Invalid price or reason")
    @APIResponse(responseCode = "404", description = "Not its own listing")
    @APIResponse(
            responseCode = "409",
            description = "Listing not APPROVED, round CLOSED, a change already pending, or a price that is not lower")
    public Response proposePriceChange(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.request.required}") PriceRequests.Propose request) {
        PriceChangeView change = prices.propose(currentUser.actor(), id, request);
        return Response.status(Response.Status.CREATED).entity(change).build();
    }
}
