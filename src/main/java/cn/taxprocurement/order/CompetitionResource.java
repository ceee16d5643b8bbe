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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competitions (二次竞价): officers start and close them; invited vendors quote. */
@Tag(name = "Competitions", description = "Competitions (二次竞价) among shortlisted vendors")
@Path("/api/v1/competitions")
public class CompetitionResource {
    @Inject
    CompetitionService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Start a competition",
            description = "OPEN, inviting the vendors of the given listings (at least 3 vendors).")
    @APIResponseSchema(
            value = CompetitionView.class,
            responseCode = "201",
            responseDescription = "The OPEN competition")
    @APIResponse(responseCode = "400", description = "A deadline sooner than the minimum period, or invalid fields")
    @APIResponse(
            responseCode = "409",
            description = "Fewer than 3 vendors, or a listing not APPROVED or of another category")
    public Response start(@Valid @NotNull CompetitionRequests.Start command) {
        CompetitionView competition = service.start(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/competitions/" + competition.id()))
                .entity(competition)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR})
    @Operation(
            summary = "Read a competition",
            description = "An invited vendor sees its own quote only; amounts are sealed until the deadline.")
    @APIResponse(responseCode = "200", description = "The competition")
    @APIResponse(responseCode = "404", description = "No such competition, or not invited")
    public CompetitionView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @POST
    @Path("/{id}/quotes")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Quote a price", description = "A second quote supersedes the first.")
    @APIResponseSchema(
            value = cn.taxprocurement.order.CompetitionView.QuoteView.class,
            responseCode = "201",
            responseDescription = "The quote")
    @APIResponse(responseCode = "400", description = "Invalid price")
    @APIResponse(responseCode = "404", description = "No such competition")
    @APIResponse(
            responseCode = "409",
            description =
                    "After the deadline, not invited, a listing not its own or not in the competition, or above the listing's price")
    public Response quote(@PathParam("id") long id, @Valid @NotNull CompetitionRequests.Quote command) {
        CompetitionView.QuoteView quote = service.quote(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/competitions/" + id))
                .entity(quote)
                .build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Close a competition",
            description =
                    "After the deadline the lowest quote becomes a PLACED COMPETITION order; FAILED without quotes.")
    @APIResponse(responseCode = "200", description = "The competition")
    @APIResponse(responseCode = "404", description = "No such competition")
    @APIResponse(responseCode = "409", description = "Before the deadline, or already closed")
    public CompetitionView close(@PathParam("id") long id) {
        return service.close(currentUser.actor(), id);
    }
}
