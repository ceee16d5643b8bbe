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

/** The audit trail, for auditors. */
@Path("/api/v1/audit-events")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {
    @Inject
    AuditTrail trail;

    @Inject
    AuditCheckpoints checkpoints;

    @GET
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
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    @GET
    @Path("/checkpoint")
    public AuditCheckpoints.Checkpoint checkpoint() {
        return checkpoints.newest();
    }

    /** A kept checkpoint that is not the service's, or no longer matches the trail, is answered valid: false. */
    @POST
    @Path("/checkpoint/verify")
    public AuditCheckpoints.CheckpointCheck verifyCheckpoint(AuditCheckpoints.Checkpoint checkpoint) {
        return checkpoints.check(checkpoint);
    }
}
