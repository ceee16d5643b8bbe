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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vendors register their company; officers review it; officers and managers look vendors up. */
@Tag(name = "Vendors", description = "Vendors (供应商): registration and review")
@Path("/api/v1/vendors")
public class VendorResource {
    @Inject
    VendorService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    @Operation(
            summary = "Register my company",
            description = "A PENDING vendor bound to the signed-in user, for an officer to review.")
    @APIResponseSchema(value = VendorView.class, responseCode = "201", responseDescription = "The PENDING vendor")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields; field uscc when the code's format or check character is wrong")
    @APIResponse(responseCode = "409", description = "This user already registered, or the USCC is taken")
    public Response register(
            @Valid @NotNull(message = "{taxprocurement.request.required}") VendorRequests.Register request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.register(currentUser.actor(), request))
                .build();
    }

    /** Changes the company's details; a new name or USCC sends an approved company back to review. */
    @PUT
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    @Operation(
            summary = "Change my company's details",
            description = "A new name or USCC sends an ACTIVE company back to PENDING; contact details alone do not.")
    @APIResponseSchema(value = VendorView.class, responseCode = "200", responseDescription = "The vendor")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields; field uscc when the code's format or check character is wrong")
    @APIResponse(responseCode = "404", description = "Not registered")
    @APIResponse(responseCode = "409", description = "The USCC is taken")
    public VendorView update(
            @Valid @NotNull(message = "{taxprocurement.request.required}") VendorRequests.Register request) {
        return service.update(currentUser.actor(), request);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Read my company")
    @APIResponse(responseCode = "200", description = "The vendor")
    @APIResponse(responseCode = "404", description = "Not registered")
    public VendorView mine() {
        return service.mine(currentUser.actor());
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "List vendors")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<VendorView> list(
            @QueryParam("status") String status, @QueryParam("q") String q, @Valid @BeanParam PageRequest page) {
        return service.search(VendorStatus.fromQuery(status), q, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Read a vendor")
    @APIResponse(responseCode = "200", description = "The vendor")
    @APIResponse(responseCode = "404", description = "No such vendor")
    public VendorView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Approve a vendor", description = "ACTIVE: it may list products and bid.")
    @APIResponse(responseCode = "200", description = "The vendor")
    @APIResponse(responseCode = "404", description = "No such vendor")
    @APIResponse(responseCode = "409", description = "Not PENDING")
    public VendorView approve(@PathParam("id") long id) {
        return service.approve(currentUser.actor(), id);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reject a vendor")
    @APIResponse(responseCode = "200", description = "The vendor")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such vendor")
    @APIResponse(responseCode = "409", description = "Not PENDING")
    public VendorView reject(
            @PathParam("id") long id,
            @Valid @NotNull(message = "{taxprocurement.reason.rejection.required}") VendorRequests.Reject request) {
        return service.reject(currentUser.actor(), id, request);
    }
}
