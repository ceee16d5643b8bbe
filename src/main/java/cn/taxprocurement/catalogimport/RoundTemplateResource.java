package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The blank catalog template of a round, with its categories in the dropdown. */
@Path("/api/v1/catalog-rounds/{id}/template.xlsx")
public class RoundTemplateResource {
    @Inject
    CatalogImportService service;

    @GET
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    public Response template(@PathParam("id") long id) {
        return service.template(id).response();
    }
}
