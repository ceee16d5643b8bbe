package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The shortlisted catalog: approved listings only, for everyone signed in. */
@Path("/api/v1/catalog")
public class CatalogResource {
    @Inject
    ProductService service;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    public Page<ProductView> search(
            @QueryParam("roundId") Long roundId,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("brand") String brand,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(new ProductFilter(roundId, categoryCode, ProductStatus.APPROVED, null, brand, q), page);
    }
}
