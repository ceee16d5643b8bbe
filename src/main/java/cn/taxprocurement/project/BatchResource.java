package cn.taxprocurement.project;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Batches (同批采购): projects of one year published together. */
@Tag(name = "Batches", description = "Batches (同批采购): projects of one year published together")
@Path("/api/v1/batches")
public class BatchResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a batch")
    @APIResponseSchema(value = BatchView.class, responseCode = "201", responseDescription = "The batch")
    @APIResponse(responseCode = "400", description = "Invalid name or year")
    public Response create(@Valid @NotNull CreateBatch command) {
        BatchView batch = service.createBatch(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/batches/" + batch.id()))
                .entity(batch)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "List batches", description = "A page of batches with their project counts.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<BatchView> list(@QueryParam("year") Integer year, @Valid @BeanParam PageRequest page) {
        return service.batches(year, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Read a batch", description = "The batch with its projects.")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "404", description = "No such batch")
    public BatchView get(@PathParam("id") long id) {
        return service.batch(id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Publish a batch",
            description = "Every DRAFT project of the batch is PUBLISHED with this deadline, all or none.")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "400", description = "A deadline sooner than a project's waiting period allows")
    @APIResponse(responseCode = "404", description = "No such batch")
    @APIResponse(responseCode = "409", description = "A project's own rules refuse it")
    public BatchView publish(@PathParam("id") long id, @Valid @NotNull PublishProject command) {
        return service.publishBatch(currentUser.actor(), id, command);
    }
}
