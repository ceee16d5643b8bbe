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

/** Batches (同批采购): projects of one year published together. */
@Path("/api/v1/batches")
public class BatchResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response create(@Valid @NotNull CreateBatch command) {
        BatchView batch = service.createBatch(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/batches/" + batch.id()))
                .entity(batch)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Page<BatchView> list(@QueryParam("year") Integer year, @Valid @BeanParam PageRequest page) {
        return service.batches(year, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public BatchView get(@PathParam("id") long id) {
        return service.batch(id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.OFFICER)
    public BatchView publish(@PathParam("id") long id, @Valid @NotNull PublishProject command) {
        return service.publishBatch(currentUser.actor(), id, command);
    }
}
