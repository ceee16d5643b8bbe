package cn.taxprocurement.project;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's own current bids across projects, with what became of each. */
@Tag(name = "Bids", description = "A vendor's own bids")
@Path("/api/v1/vendors/me/bids")
public class VendorBidResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.VENDOR)
    @Operation(
            summary = "List my bids",
            description = "The vendor's current bids with project code, title, status and outcome.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "Page outside its range")
    public Page<MyBidView> mine(@Valid @BeanParam PageRequest page) {
        return service.myBids(currentUser.actor(), page);
    }
}
