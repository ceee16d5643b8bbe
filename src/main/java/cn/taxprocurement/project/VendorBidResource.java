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

/** A vendor's own current bids across projects, with what became of each. */
@Path("/api/v1/vendors/me/bids")
public class VendorBidResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.VENDOR)
    public Page<MyBidView> mine(@Valid @BeanParam PageRequest page) {
        return service.myBids(currentUser.actor(), page);
    }
}
