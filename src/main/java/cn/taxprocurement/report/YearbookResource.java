package cn.taxprocurement.report;

import cn.taxprocurement.common.Year;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A year's yearbook figures and paragraph, for officers and managers. */
@Path("/api/v1/reports/yearbook")
public class YearbookResource {
    @Inject
    SavingsReportService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public YearbookView get(@QueryParam("year") @Year Integer year) {
        return YearbookView.of(service.yearbook(year));
    }
}
