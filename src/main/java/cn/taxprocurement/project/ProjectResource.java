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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Procurement projects: officers create, invite to, publish, open, evaluate, award, record and merge them; vendors bid;
 * managers read.
 */
@Tag(
        name = "Projects",
        description =
                "Procurement projects (采购项目): officers create, publish, open, evaluate and award them; vendors bid; managers read")
@Path("/api/v1/projects")
public class ProjectResource {
    @Inject
    ProjectService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a project", description = "A DRAFT project with a generated unique code.")
    @APIResponseSchema(value = ProjectView.class, responseCode = "201", responseDescription = "The new DRAFT project")
    @APIResponse(
            responseCode = "400",
            description =
                    "Budget not above 0 or above 999999999999.99, unknown method, or priceWeight outside 10–100 or given for LOWEST_PRICE")
    public Response create(@Valid @NotNull CreateProject command) {
        ProjectView project = service.create(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "List projects",
            description = "A page of projects, filtered by year, status, category, method, batch and source.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
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
    @Operation(
            summary = "Record a result procured elsewhere",
            description = "A RECORDED project; it counts in reports once a second officer confirms it.")
    @APIResponseSchema(value = ProjectView.class, responseCode = "201", responseDescription = "The RECORDED project")
    @APIResponse(
            responseCode = "400",
            description =
                    "awardedAmount not above 0 or above the budget, awardedAt in the future, or an unknown vendor")
    public Response record(@Valid @NotNull RecordResult command) {
        ProjectView project = service.record(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Confirm a recorded result",
            description = "A second officer confirms a RECORDED project: it becomes AWARDED.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Not RECORDED, or the caller recorded it")
    public ProjectView confirm(@PathParam("id") long id) {
        return service.confirm(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}/invitations")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Set the invited vendors",
            description = "The vendors invited to bid, for the methods that invite.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(
            responseCode = "400",
            description =
                    "Unknown or not ACTIVE vendor, fewer than 3 (not exactly 1 for SINGLE_SOURCE), or a method that takes no invitations")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Not DRAFT")
    public ProjectView invite(@PathParam("id") long id, @Valid @NotNull SetInvitations command) {
        return service.setInvitations(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/intention")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Announce the procurement intention",
            description = "Publishes an INTENTION notice (采购意向) for a DRAFT project.")
    @APIResponseSchema(
            value = cn.taxprocurement.notice.NoticeView.class,
            responseCode = "201",
            responseDescription = "The INTENTION notice")
    @APIResponse(responseCode = "400", description = "Invalid planned month or summary")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Not DRAFT, or already announced")
    public Response announceIntention(@PathParam("id") long id, @Valid @NotNull AnnounceIntention command) {
        NoticeView notice = service.announceIntention(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/public/notices/" + notice.id()))
                .entity(notice)
                .build();
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Extend the bid deadline", description = "A later deadline, with a CORRECTION notice.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", description = "Invalid deadline or reason")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Deadline passed, or the new one is not later")
    public ProjectView extend(@PathParam("id") long id, @Valid @NotNull ExtendDeadline command) {
        return service.extend(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/open-bids")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Open the bids",
            description =
                    "The opening record; the first opening is written to the audit trail with every bid, later calls answer the same record.")
    @APIResponse(responseCode = "200", description = "The opening record")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Before the bid deadline")
    public BidOpeningView openBids(@PathParam("id") long id) {
        return service.openBids(currentUser.actor(), id);
    }

    @PUT
    @Path("/{id}/evaluation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Score the bids",
            description = "The other (non-price) scores of a COMPREHENSIVE_SCORE project; answers the ranking.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "400", description = "A score outside 0 to 100 − priceWeight, or an unknown bid")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Bids not opened, or not COMPREHENSIVE_SCORE")
    public Evaluation score(@PathParam("id") long id, @Valid @NotNull ScoreBids command) {
        return service.scoreBids(currentUser.actor(), id, command);
    }

    @GET
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "Read the evaluation",
            description = "The ranking of the valid bids by the project's evaluation method.")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Bids not opened")
    public Evaluation evaluation(@PathParam("id") long id) {
        return service.evaluation(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Read a project")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Publish a project", description = "PUBLISHED with its bid deadline, and a TENDER notice.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", description = "A bid deadline sooner than the waiting period allows")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(
            responseCode = "409",
            description = "Not DRAFT, invitations missing, or an OPEN_TENDER whose intention is not old enough")
    public ProjectView publish(@PathParam("id") long id, @Valid @NotNull PublishProject command) {
        return service.publish(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Award a project",
            description =
                    "AWARDED to one opened bid, with a RESULT notice. The officer who created the project may not award it.")
    @APIResponse(responseCode = "200", description = "The AWARDED project")
    @APIResponse(
            responseCode = "400",
            description =
                    "A bid not ranked first without a reason of 10+ characters, or an awardedAmount that differs from the bid's")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(
            responseCode = "409",
            description =
                    "Not PUBLISHED, before the deadline, bids not opened, too few valid bids, an invalid bid, or the caller is one of its creators")
    public ProjectView award(@PathParam("id") long id, @Valid @NotNull AwardProject command) {
        return service.award(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/fail")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Fail a project (流标)", description = "FAILED, with a FAILED notice.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Before the deadline, or not PUBLISHED")
    public ProjectView fail(@PathParam("id") long id, @Valid @NotNull CloseProject command) {
        return service.fail(currentUser.actor(), id, command);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Cancel a project (终止)",
            description = "CANCELLED; a PUBLISHED project also gets a TERMINATED notice.")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "AWARDED, FAILED, MERGED or already CANCELLED")
    public ProjectView cancel(@PathParam("id") long id, @Valid @NotNull CloseProject command) {
        return service.cancel(currentUser.actor(), id, command);
    }

    @POST
    @Path("/merge")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Merge draft projects",
            description = "A new DRAFT whose budget is the sum; each source becomes MERGED.")
    @APIResponseSchema(
            value = ProjectView.class,
            responseCode = "201",
            responseDescription = "The merged DRAFT project")
    @APIResponse(responseCode = "400", description = "Invalid title or project list")
    @APIResponse(
            responseCode = "409",
            description = "Not all DRAFT, of one year, category and method, or fewer than two")
    public Response merge(@Valid @NotNull MergeProjects command) {
        ProjectView project = service.merge(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/projects/" + project.id()))
                .entity(project)
                .build();
    }

    @POST
    @Path("/{id}/bids")
    @RolesAllowed(Roles.VENDOR)
    @Operation(
            summary = "Place a bid",
            description = "A sealed bid; a second bid by the same vendor supersedes its first.")
    @APIResponseSchema(value = BidView.class, responseCode = "201", responseDescription = "The bid")
    @APIResponse(responseCode = "400", description = "Amount not above 0")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(
            responseCode = "409",
            description = "Not PUBLISHED, deadline passed, not allowed to bid, or above the budget")
    public Response bid(@PathParam("id") long id, @Valid @NotNull PlaceBid command) {
        BidView bid = service.placeBid(currentUser.actor(), id, command);
        return Response.created(URI.create("/api/v1/projects/" + id + "/bids/mine"))
                .entity(bid)
                .build();
    }

    @GET
    @Path("/{id}/bids")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Read the opened bids", description = "Opens them first if not yet opened.")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Before the deadline (sealed)")
    public List<BidOpeningView.Line> bids(@PathParam("id") long id) {
        return service.bids(currentUser.actor(), id);
    }

    @GET
    @Path("/{id}/bids/mine")
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "Read my bid", description = "The vendor's own current bid, with its outcome.")
    @APIResponse(responseCode = "200", description = "The bid and its outcome")
    @APIResponse(responseCode = "404", description = "No such project, or no bid")
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
