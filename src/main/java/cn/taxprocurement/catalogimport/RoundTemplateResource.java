package cn.taxprocurement.catalogimport;

import cn.taxprocurement.lib.catalogimport.CatalogTemplate;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The blank catalog template of a round, with its categories in the dropdown. */
@Path("/api/v1/catalog-rounds/{id}/template.xlsx")
public class RoundTemplateResource {
    @Inject
    CatalogImportService service;

    @GET
    @Produces(Downloads.XLSX)
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    public Response template(@PathParam("id") long id) {
        CatalogImportService.Template template = service.template(id);
        StreamingOutput body = out -> CatalogTemplate.write(template.categories(), out);
        return Response.ok(body, Downloads.XLSX)
                .header(
                        "Content-Disposition",
                        Downloads.attachment(
                                "入围产品目录模板-" + template.roundName() + ".xlsx", "catalog-template-" + id + ".xlsx"))
                .build();
    }
}
