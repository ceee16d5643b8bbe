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

/** A vendor's own catalog imports, newest first. */
@Path("/api/v1/vendors/me/catalog-imports")
public class VendorImportResource {
    @Inject
    CatalogImportService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.VENDOR)
    public Page<ImportView> mine(@Valid @BeanParam PageRequest page) {
        return service.mine(currentUser.actor(), page);
    }
}
