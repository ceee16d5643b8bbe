package cn.taxprocurement.report;

import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The savings report (节约率) of a year, for officers and managers. */
@Path("/api/v1/reports/savings")
public class SavingsReportResource {
    @Inject
    SavingsReportService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public SavingsReport savings(
            @QueryParam("year")
                    @NotNull(message = "请填写年度")
                    @Min(value = 2000, message = "年度应在 2000 到 2100 之间")
                    @Max(value = 2100, message = "年度应在 2000 到 2100 之间")
                    Integer year) {
        return service.savings(year);
    }
}
