package cn.taxprocurement.report;

import cn.taxprocurement.common.Year;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year's yearbook figures and paragraph, for officers and managers. */
@Tag(name = "Reports")
@Path("/api/v1/reports/yearbook")
public class YearbookResource {
    @Inject
    SavingsReportService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "Yearbook figures",
            description = "A year's figures in 亿元 and the paragraph in the yearbook's words.")
    @APIResponse(responseCode = "200", description = "The figures and paragraph")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range")
    public YearbookView get(@QueryParam("year") @Year Integer year) {
        return YearbookView.of(service.yearbook(year));
    }
}
