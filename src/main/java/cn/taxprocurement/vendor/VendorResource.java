package cn.taxprocurement.vendor;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Vendors register their company; officers review it; officers and managers look vendors up. */
@Path("/api/v1/vendors")
public class VendorResource {
    @Inject
    VendorService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    public Response register(@Valid @NotNull(message = "请求内容不能为空") VendorRequests.Register request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.register(currentUser.actor(), request))
                .build();
    }

    /** Changes the company's details; a new name or USCC sends an approved company back to review. */
    @PUT
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    public VendorView update(@Valid @NotNull(message = "请求内容不能为空") VendorRequests.Register request) {
        return service.update(currentUser.actor(), request);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    public VendorView mine() {
        return service.mine(currentUser.actor());
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Page<VendorView> list(
            @QueryParam("status") String status, @QueryParam("q") String q, @Valid @BeanParam PageRequest page) {
        return service.search(VendorStatus.fromQuery(status), q, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public VendorView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.OFFICER)
    public VendorView approve(@PathParam("id") long id) {
        return service.approve(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.OFFICER)
    public VendorView reject(
            @PathParam("id") long id, @Valid @NotNull(message = "请填写驳回原因") VendorRequests.Reject request) {
        return service.reject(currentUser.actor(), id, request);
    }
}
