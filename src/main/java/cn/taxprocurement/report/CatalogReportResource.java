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

/** The catalog report of a year, for officers and managers: as JSON, or as a workbook to download. */
@Path("/api/v1/reports")
public class CatalogReportResource {
    @Inject
    CatalogReportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("catalog")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public CatalogReport get(@QueryParam("year") @Year Integer year) {
        return service.of(year);
    }

    /** Streams catalog.xlsx while the products are read; the download is audited before the first byte. */
    @GET
    @Path("catalog.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Response workbook(@QueryParam("year") @Year Integer year) {
        return service.workbook(currentUser.actor(), year).response();
    }
}
