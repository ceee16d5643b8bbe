package cn.taxprocurement.project;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.notice.NoticeView;
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
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Procurement projects: officers create, invite to, publish, open, evaluate, award, record and merge them; vendors bid;
 * managers read.
 */
@Path("/api/v1/projects")
public class ProjectResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response create(@Valid @NotNull CreateProject command) {
        ProjectView project = service.create(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Page<ProjectView> list(
            @QueryParam("year") Integer year,
            @QueryParam("status") String status,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("method") String method,
            @QueryParam("batchId") Long batchId,
            @QueryParam("source") String source,
            @Valid @BeanParam PageRequest page) {
        return service.search(
                year,
                parse(ProjectStatus.class, "status", status),
                categoryCode,
                parse(ProcurementMethod.class, "method", method),
                batchId,
                parse(ProjectSource.class, "source", source),
                page);
    }

    @POST
    @Path("/records")
    @RolesAllowed(Roles.OFFICER)
    public Response record(@Valid @NotNull RecordResult command) {
        ProjectView project = service.record(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView confirm(@PathParam("id") long id) {
        return service.confirm(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}/invitations")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView invite(@PathParam("id") long id, @Valid @NotNull SetInvitations command) {
        return service.setInvitations(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/intention")
    @RolesAllowed(Roles.OFFICER)
    public Response announceIntention(@PathParam("id") long id, @Valid @NotNull AnnounceIntention command) {
        NoticeView notice = service.announceIntention(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/public/notices/" + notice.id()))
                .entity(notice)
                .build();
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView extend(@PathParam("id") long id, @Valid @NotNull ExtendDeadline command) {
        return service.extend(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/open-bids")
    @RolesAllowed(Roles.OFFICER)
    public BidOpeningView openBids(@PathParam("id") long id) {
        return service.openBids(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}/evaluation")
    @RolesAllowed(Roles.OFFICER)
    public Evaluation score(@PathParam("id") long id, @Valid @NotNull ScoreBids command) {
        return service.scoreBids(currentUser.actor(), id, command);
    }

    @GET
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Evaluation evaluation(@PathParam("id") long id) {
        return service.evaluation(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public ProjectView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView publish(@PathParam("id") long id, @Valid @NotNull PublishProject command) {
        return service.publish(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView award(@PathParam("id") long id, @Valid @NotNull AwardProject command) {
        return service.award(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/fail")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView fail(@PathParam("id") long id, @Valid @NotNull CloseProject command) {
        return service.fail(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.OFFICER)
    public ProjectView cancel(@PathParam("id") long id, @Valid @NotNull CloseProject command) {
        return service.cancel(currentUser.actor(), id, command);
    }

    @POST
    @Path("/merge")
    @RolesAllowed(Roles.OFFICER)
    public Response merge(@Valid @NotNull MergeProjects command) {
        ProjectView project = service.merge(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @POST
    @Path("/{id}/bids")
    @RolesAllowed(Roles.VENDOR)
    public Response bid(@PathParam("id") long id, @Valid @NotNull PlaceBid command) {
        BidView bid = service.placeBid(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/projects/" + id + "/bids/mine"))
                .entity(bid)
                .build();
    }

    @GET
    @Path("/{id}/bids")
    @RolesAllowed(Roles.OFFICER)
    public List<BidOpeningView.Line> bids(@PathParam("id") long id) {
        return service.bids(currentUser.actor(), id);
    }

    @GET
    @Path("/{id}/bids/mine")
    @RolesAllowed(Roles.VENDOR)
    public MyBidView myBid(@PathParam("id") long id) {
        return service.myBid(currentUser.actor(), id);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField(field, RefusalCode.VALUE_NOT_RECOGNISED, value);
        }
    }
}
