package cn.taxprocurement.report;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.common.Year;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog report of a year, for officers and managers: as JSON, or as a workbook to download. */
@Tag(name = "Reports")
@Path("/api/v1/reports")
public class CatalogReportResource {
    @Inject
    CatalogReportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("catalog")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Catalog report", description = "A year's shortlist figures with growth over the year before.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range")
    public CatalogReport get(@QueryParam("year") @Year Integer year) {
        return service.of(year);
    }

    /** Streams catalog.xlsx while the products are read; the download is audited before the first byte. */
    @GET
    @Path("catalog.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "Catalog workbook",
            description = "catalog.xlsx with the sheets 汇总, 按品目, 产品明细 and 价格异常; the download is audited.")
    @APIResponse(responseCode = "200", description = "The .xlsx workbook")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range")
    public Response workbook(@QueryParam("year") @Year Integer year) {
        return service.workbook(currentUser.actor(), year).response();
    }
}
