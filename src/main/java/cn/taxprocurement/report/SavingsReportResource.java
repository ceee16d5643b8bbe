package cn.taxprocurement.report;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
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
import java.util.Locale;

/** The savings report (节约率) of a year, for officers and managers: as JSON, or as a workbook to download. */
@Path("/api/v1/reports")
public class SavingsReportResource {
    @Inject
    SavingsReportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("savings")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public SavingsReport savings(@QueryParam("year") @Year Integer year) {
        return service.savings(year);
    }

    @GET
    @Path("savings/trend")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public SavingsTrend trend(
            @QueryParam("from") @Year Integer from, @QueryParam("to") @Year Integer to, @QueryParam("by") String by) {
        return service.trend(from, to, byOf(by));
    }

    private static SavingsTrend.By byOf(String by) {
        if (by == null || by.isBlank()) {
            return null;
        }
        try {
            return SavingsTrend.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("by", RefusalCode.VALUE_NOT_RECOGNISED, by);
        }
    }

    /** Streams savings.xlsx while the projects are read; the download is audited before the first byte. */
    @GET
    @Path("savings.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Response savingsWorkbook(@QueryParam("year") @Year Integer year) {
        return service.workbook(currentUser.actor(), year).response();
    }
}
