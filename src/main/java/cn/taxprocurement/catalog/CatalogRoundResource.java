package cn.taxprocurement.catalog;

import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Shortlist rounds: officers open and close them, everyone signed in reads them. */
@Path("/api/v1/catalog-rounds")
public class CatalogRoundResource {
    @Inject
    CatalogRoundService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response open(@Valid @NotNull(message = "{taxprocurement.request.required}") RoundRequests.Open request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.open(currentUser.actor(), request))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    public List<RoundView> list(@QueryParam("year") Integer year) {
        return service.list(year);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    public RoundView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.OFFICER)
    public RoundView close(@PathParam("id") long id) {
        return service.close(currentUser.actor(), id);
    }
}
