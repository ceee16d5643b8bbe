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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All listings, for officers to review and managers to look at; any signed-in user reads a listing's price history. */
@Tag(name = "Products", description = "All listings, for officers to review and managers to read")
@Path("/api/v1/products")
public class ProductResource {
    @Inject
    ProductService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "List listings",
            description = "A page of listings with each one's price check against its peers.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<ProductView> search(
            @QueryParam("roundId") Long roundId,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("status") String status,
            @QueryParam("vendorId") Long vendorId,
            @QueryParam("brand") String brand,
            @QueryParam("q") String q,
            @QueryParam("flagged") String flagged,
            @Valid @BeanParam PageRequest page) {
        return service.review(
                currentUser.actor(),
                new ProductFilter(roundId, categoryCode, ProductStatus.fromQuery(status), vendorId, brand, q),
                PriceCheck.flaggedQuery(flagged),
                page);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve a listing",
            description = "APPROVED; a flagged price needs a reason, which is audited.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "400", description = "A flagged price and no reason")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    public ProductView approve(@PathParam("id") long id, @Valid PriceRequests.Approve request) {
        return service.approve(currentUser.actor(), id, request);
    }

    /** An approval sent without a body gives no reason. */
    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Approve a listing",
            description = "APPROVED; a flagged price needs a reason, which is audited.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "400", description = "A flagged price and no reason")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    public ProductView approveWithoutReason(@PathParam("id") long id) {
        return service.approve(currentUser.actor(), id, null);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reject a listing")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    public ProductView reject(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.reason.rejection.required}") ProductRequests.Reject request) {
        return service.reject(currentUser.actor(), id, request);
    }

    @POST
    @Path("{id}/suspend")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Suspend a listing", description = "SUSPENDED: out of the catalog and of orders from now on.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Not APPROVED")
    public ProductView suspend(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.reason.suspension.required}") PriceRequests.Reason request) {
        return service.suspend(currentUser.actor(), id, request);
    }

    @GET
    @Path("{id}/price-history")
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(
            summary = "Read a listing's price history",
            description = "Oldest first; a vendor reads its own listings only.")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No such listing, or not its own")
    public List<PricePoint> priceHistory(@PathParam("id") long id) {
        return service.priceHistory(currentUser.actor(), id);
    }
}
