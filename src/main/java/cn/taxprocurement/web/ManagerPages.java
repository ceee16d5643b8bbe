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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A year's savings and catalog reports on screen, and the same two as Excel downloads (the API's own workbooks). */
@Path("/manager/reports")
@RolesAllowed({Roles.MANAGER, Roles.OFFICER})
@Produces(MediaType.TEXT_HTML)
public class ManagerPages {
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    Viewer viewer;

    @Inject
    SavingsReportService savings;

    @Inject
    CatalogReportService catalog;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(
                int year, List<Integer> years, String badYear, SavingsReport savings, CatalogReport catalog);
    }

    /**
     * A year's reports; without a year, the latest year with awarded projects. A year that is not one is named in a
     * message above the reports of that default year.
     */
    @GET
    public TemplateInstance reports(@QueryParam("year") String year) {
        List<Integer> years = savings.yearsWithData();
        Integer asked = parsed(year);
        int shown = asked != null ? asked : defaultYear(years);
        String badYear = year != null && !year.isBlank() && asked == null ? year.strip() : null;
        List<Integer> options = new ArrayList<>(years);
        if (!options.contains(shown)) {
            options.add(shown);
        }
        options.sort(Comparator.reverseOrder());
        return Templates.reports(shown, options, badYear, savings.savings(shown), catalog.of(shown));
    }

    private int defaultYear(List<Integer> years) {
        List<Integer> awarded = savings.years();
        if (!awarded.isEmpty()) {
            return awarded.get(awarded.size() - 1);
        }
        return years.isEmpty() ? LocalDate.now(Formats.SHANGHAI).getYear() : years.get(years.size() - 1);
    }

    /** The year a query names, or null when it names none (blank, not a number, outside 2000 to 2100). */
    private static Integer parsed(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.strip());
        return value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
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
