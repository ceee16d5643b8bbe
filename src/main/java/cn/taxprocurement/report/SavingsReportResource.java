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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The savings report (节约率) of a year, for officers and managers: as JSON, or as a workbook to download. */
@Tag(name = "Reports", description = "Savings (节约率), catalog and yearbook figures of a year")
@Path("/api/v1/reports")
public class SavingsReportResource {
    @Inject
    SavingsReportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("savings")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "Savings report",
            description =
                    "A year's awarded projects and catalog orders: budget, awarded, savings rate, by category and by method.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range")
    public SavingsReport savings(@QueryParam("year") @Year Integer year) {
        return service.savings(year);
    }

    @GET
    @Path("savings/trend")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(
            summary = "Savings trend",
            description = "Savings by year, at most 20 years, optionally grouped by category, method or unit.")
    @APIResponse(responseCode = "200", description = "The trend")
    @APIResponse(responseCode = "400", description = "Years out of range or more than 20, or an unknown grouping")
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
    @Operation(
            summary = "Savings workbook",
            description = "savings.xlsx with the sheets 汇总, 按品目, 按采购方式 and 项目明细; the download is audited.")
    @APIResponse(responseCode = "200", description = "The .xlsx workbook")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range")
    public Response savingsWorkbook(@QueryParam("year") @Year Integer year) {
        return service.workbook(currentUser.actor(), year).response();
    }
}
