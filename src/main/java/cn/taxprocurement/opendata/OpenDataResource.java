package cn.taxprocurement.opendata;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Year;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published notices as OCDS 1.1 open data: anyone reads them, without signing in. */
@Tag(name = "Open data", description = "Published notices as OCDS 1.1 open data: no sign-in needed")
@Path("/api/v1/public/ocds")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {
    @Inject
    OpenContracting openContracting;

    @GET
    @Path("/releases")
    @Operation(summary = "OCDS release package", description = "One release per notice of the year.")
    @APIResponse(responseCode = "200", description = "The release package")
    @APIResponse(responseCode = "400", description = "No year, a year out of range, or a page outside its range")
    public ObjectNode releases(
            @QueryParam("year") @Year Integer year, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return openContracting.releases(year, page, uri.getRequestUri());
    }

    @GET
    @Path("/records/{ocid}")
    @Operation(
            summary = "OCDS record package",
            description = "All releases of one contracting process and its compiled release.")
    @APIResponse(responseCode = "200", description = "The record package")
    @APIResponse(responseCode = "404", description = "No such ocid")
    public ObjectNode record(@PathParam("ocid") String ocid, @Context UriInfo uri) {
        return openContracting.record(ocid, uri.getRequestUri());
    }
}
