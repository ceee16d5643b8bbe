package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's own catalog imports, newest first. */
@Tag(name = "Catalog imports")
@Path("/api/v1/vendors/me/catalog-imports")
public class VendorImportResource {
    @Inject
    CatalogImportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.VENDOR)
    @Operation(summary = "List my imports", description = "The vendor's own imports, newest first.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "Page outside its range")
    public Page<ImportView> mine(@Valid @BeanParam PageRequest page) {
        return service.mine(currentUser.actor(), page);
    }
}
