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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The blank catalog template of a round, with its categories in the dropdown. */
@Tag(name = "Catalog imports")
@Path("/api/v1/catalog-rounds/{id}/template.xlsx")
public class RoundTemplateResource {
    @Inject
    CatalogImportService service;

    @GET
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    @Operation(
            summary = "Download a round's template",
            description = "The blank catalog workbook of the round, with its categories in a dropdown.")
    @APIResponse(responseCode = "200", description = "The template as an .xlsx workbook")
    @APIResponse(responseCode = "404", description = "No such round")
    public Response template(@PathParam("id") long id) {
        return service.template(id).response();
    }
}
