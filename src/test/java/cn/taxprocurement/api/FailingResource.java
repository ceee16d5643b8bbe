package cn.taxprocurement.api;

import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tests only: a call that fails as no refusal foresees, to show what a caller sees of an unexpected failure. */
@Path("/api/v1/test-only/failure")
public class FailingResource {
    static final String CAUSE = "cn.taxprocurement.internal secret detail";

    @GET
    @RolesAllowed(Roles.OFFICER)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(CAUSE);
    }
}
