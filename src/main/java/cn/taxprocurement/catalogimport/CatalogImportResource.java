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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Vendors upload Excel catalogs for a round and follow them; officers follow them too. */
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
    public Response upload(@RestForm Long roundId, @RestForm("file") FileUpload file) {
        return Response.accepted(uploads.accept(currentUser.actor(), roundId, file))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    public ImportView get(@PathParam("id") long id) {
        return service.get(currentUser.actor(), id);
    }

    @GET
    @Path("{id}/errors.xlsx")
    @Produces(Download.XLSX)
    @RolesAllowed({Roles.VENDOR, Roles.OFFICER})
    public Response errors(@PathParam("id") long id) {
        return service.errorWorkbook(currentUser.actor(), id).response();
    }
}
