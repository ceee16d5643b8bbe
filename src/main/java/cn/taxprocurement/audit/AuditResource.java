package cn.taxprocurement.audit;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for auditors. */
@Tag(name = "Audit", description = "The audit trail, for auditors")
@Path("/api/v1/audit-events")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {
    @Inject
    AuditTrail trail;

    @Inject
    AuditCheckpoints checkpoints;

    @GET
    @Operation(
            summary = "List audit events",
            description = "A page of events, newest first, filtered by actor, object, action and time.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<AuditEventView> list(
            @QueryParam("actor") String actor,
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("action") String action,
            @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageRequest page) {
        var filter = new AuditTrail.Filter(
                actor,
                entityType,
                entityId,
                action,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
        return trail.events(filter, page);
    }

    @GET
    @Path("/verify")
    @Operation(
            summary = "Verify the chain",
            description = "Recomputes every event's hash and matches the newest against the chain's head.")
    @APIResponse(responseCode = "200", description = "The verification")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    @GET
    @Path("/checkpoint")
    @Operation(
            summary = "Take a checkpoint",
            description = "The newest event, signed with a key the database never holds.")
    @APIResponse(responseCode = "200", description = "The signed checkpoint")
    public AuditCheckpoints.Checkpoint checkpoint() {
        return checkpoints.newest();
    }

    /** A kept checkpoint that is not the service's, or no longer matches the trail, is answered valid: false. */
    @POST
    @Path("/checkpoint/verify")
    @Operation(
            summary = "Verify a checkpoint",
            description =
                    "Valid when the signature is the service's and the chain still holds that event and verifies from it.")
    @APIResponse(responseCode = "200", description = "The check")
    @APIResponse(responseCode = "400", description = "Not a checkpoint")
    public AuditCheckpoints.CheckpointCheck verifyCheckpoint(AuditCheckpoints.Checkpoint checkpoint) {
        return checkpoints.check(checkpoint);
    }
}
