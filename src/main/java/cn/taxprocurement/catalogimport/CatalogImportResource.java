package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Vendors upload Excel catalogs for a round and follow them; officers follow them too. */
@Tag(name = "Catalog imports", description = "Excel catalog uploads (批量导入)")
@Path("/api/v1/catalog-imports")
public class CatalogImportResource {
    @Inject
    Uploads uploads;

    @Inject
    CatalogImportService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.VENDOR)
    @Operation(
            summary = "Upload a catalog workbook",
            description =
                    "Queued for import; each valid row becomes a SUBMITTED listing, each invalid row is reported.")
    @APIResponseSchema(value = ImportView.class, responseCode = "202", responseDescription = "The QUEUED import")
    @APIResponse(responseCode = "400", description = "No round or no file")
    @APIResponse(responseCode = "409", description = "Vendor not ACTIVE, or round CLOSED")
    @APIResponse(responseCode = "413", description = "Over the size limit")
    @APIResponse(responseCode = "415", description = "Not an .xlsx workbook")
    @APIResponse(
            responseCode = "422",
            description =
                    "A workbook that could exhaust memory (a cell beyond column XFD, too many columns, cells, shared strings or styles)")
    @APIResponse(
            responseCode = "429",
            description = "3 imports of this vendor already QUEUED or RUNNING; see Retry-After")
    public Response upload(@RestForm Long roundId, @RestForm("file") FileUpload file) {
        return Response.accepted(uploads.accept(currentUser.actor(), roundId, file))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    @Operation(summary = "Read an import", description = "Its status, counts and the first row errors.")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No such import, or not its own")
    public ImportView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @GET
    @Path("{id}/errors.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    @Operation(
            summary = "Download the rejected rows",
            description = "The rejected rows as uploaded, plus an error column.")
    @APIResponse(responseCode = "200", description = "The rejected rows as an .xlsx workbook")
    @APIResponse(responseCode = "404", description = "No such import, or not its own")
    public Response errors(@PathParam("id") long id) {
        return service.errorWorkbook(currentUser.actor(), id).response();
    }
}
