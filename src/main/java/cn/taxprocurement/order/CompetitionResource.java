package cn.taxprocurement.order;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Competitions (二次竞价): officers start and close them; invited vendors quote. */
@Path("/api/v1/competitions")
public class CompetitionResource {
    @Inject
    CompetitionService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response start(@Valid @NotNull CompetitionRequests.Start command) {
        CompetitionView competition = service.start(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/competitions/" + competition.id()))
                .entity(competition)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR})
    public CompetitionView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/quotes")
    @RolesAllowed(Roles.VENDOR)
    public Response quote(@PathParam("id") long id, @Valid @NotNull CompetitionRequests.Quote command) {
        CompetitionView.QuoteView quote = service.quote(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/competitions/" + id))
                .entity(quote)
                .build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.OFFICER)
    public CompetitionView close(@PathParam("id") long id) {
        return service.close(currentUser.actor(), id);
    }
}
