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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shortlist rounds: officers open and close them, everyone signed in reads them. */
@Tag(name = "Catalog rounds", description = "Shortlist rounds (入围采购): officers open and close them")
@Path("/api/v1/catalog-rounds")
public class CatalogRoundResource {
    @Inject
    CatalogRoundService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Open a round", description = "An OPEN round for a year and its categories.")
    @APIResponseSchema(value = RoundView.class, responseCode = "201", responseDescription = "The OPEN round")
    @APIResponse(responseCode = "400", description = "Invalid year, name or categories")
    public Response open(@Valid @NotNull(message = "{taxprocurement.request.required}") RoundRequests.Open request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.open(currentUser.actor(), request))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "List rounds")
    @APIResponse(responseCode = "200", description = "The list")
    public List<RoundView> list(@QueryParam("year") Integer year) {
        return service.list(year);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Read a round")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "No such round")
    public RoundView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Close a round",
            description =
                    "CLOSED with its frozen figures and a SHORTLIST notice; listings and imports for it are refused afterwards.")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "No such round")
    @APIResponse(responseCode = "409", description = "Already CLOSED")
    public RoundView close(@PathParam("id") long id) {
        return service.close(currentUser.actor(), id);
    }
}
