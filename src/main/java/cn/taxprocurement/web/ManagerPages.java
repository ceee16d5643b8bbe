package cn.taxprocurement.web;

import cn.taxprocurement.common.Year;
import cn.taxprocurement.report.CatalogReport;
import cn.taxprocurement.report.CatalogReportService;
import cn.taxprocurement.report.SavingsReport;
import cn.taxprocurement.report.SavingsReportService;
import cn.taxprocurement.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** A year's savings and catalog reports on screen, and the same two as Excel downloads (the API's own workbooks). */
@Path("/manager/reports")
@RolesAllowed({Roles.MANAGER, Roles.OFFICER})
@Produces(MediaType.TEXT_HTML)
public class ManagerPages {
    @Inject
    Viewer viewer;

    @Inject
    SavingsReportService savings;

    @Inject
    CatalogReportService catalog;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(
                int year, List<Integer> years, SavingsReport savings, CatalogReport catalog);
    }

    @GET
    public TemplateInstance reports(@QueryParam("year") Integer year) {
        List<Integer> years = savings.years();
        int shown = year != null
                ? year
                : years.isEmpty() ? LocalDate.now(Formats.SHANGHAI).getYear() : years.get(years.size() - 1);
        return Templates.reports(shown, years, savings.savings(shown), catalog.of(shown));
    }

    @GET
    @Path("savings.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response savingsWorkbook(@QueryParam("year") @Year Integer year) {
        return savings.workbook(viewer.actor(), year).response();
    }

    @GET
    @Path("catalog.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response catalogWorkbook(@QueryParam("year") @Year Integer year) {
        return catalog.workbook(viewer.actor(), year).response();
    }
}
