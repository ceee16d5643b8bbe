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

/** The catalog report of a year, for officers and managers. */
@Path("/api/v1/reports/catalog")
public class CatalogReportResource {
    @Inject
    CatalogReportService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public CatalogReport get(
            @QueryParam("year")
                    @NotNull(message = "请指定年度")
                    @Min(value = 2000, message = "年度应在 2000 到 2100 之间")
                    @Max(value = 2100, message = "年度应在 2000 到 2100 之间")
                    Integer year) {
        return service.of(year);
    }
}
