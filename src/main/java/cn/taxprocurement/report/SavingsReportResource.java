package cn.taxprocurement.report;

import cn.taxprocurement.common.Year;
import cn.taxprocurement.lib.reports.SavingsReportWriter;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;

/** The savings report (节约率) of a year, for officers and managers: as JSON, or as a workbook to download. */
@Path("/api/v1/reports")
public class SavingsReportResource {
    @Inject
    SavingsReportService service;

    @Inject
    ReportDownloads downloads;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("savings")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public SavingsReport savings(@QueryParam("year") @Year Integer year) {
        return service.savings(year);
    }

    /** Streams savings.xlsx while the projects are read; the download is audited before the first byte. */
    @GET
    @Path("savings.xlsx")
    @Produces(Workbooks.XLSX)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Response savingsWorkbook(@QueryParam("year") @Year Integer year) {
        Actor actor = currentUser.actor();
        downloads.record(actor, "savings-" + year, "下载节约率报表（" + year + "年，Excel）");
        StreamingOutput body = out -> service.export(year, (report, projects) -> new SavingsReportWriter()
                .write(
                        report.summary(Instant.now(), actor.name()),
                        report.categoryRows(),
                        report.methodRows(),
                        projects,
                        out));
        return Workbooks.attachment(body, "savings-" + year + ".xlsx", "节约率报表-" + year + ".xlsx");
    }
}
