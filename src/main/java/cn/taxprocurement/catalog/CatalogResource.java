package cn.taxprocurement.catalog;

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
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The shortlisted catalog: approved listings only, for everyone signed in. */
@Path("/api/v1/catalog")
@RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
public class CatalogResource {
    @Inject
    CatalogService service;

    @Inject
    CurrentUser currentUser;

    /** A page of the catalog; prices in yuan, {@code sort} one of {@code newest} (default), {@code price}, {@code -price}. */
    @GET
    public Page<ProductView> search(
            @QueryParam("roundId") Long roundId,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("brand") String brand,
            @QueryParam("q") String q,
            @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.search(
                CatalogRequests.Search.of(roundId, categoryCode, brand, q, minPrice, maxPrice, sort), page);
    }

    /** 2 to 4 listings side by side, {@code ids} comma-separated. */
    @GET
    @Path("compare")
    public Comparison compare(@QueryParam("ids") List<String> ids) {
        return service.compare(currentUser.actor(), CatalogRequests.Compare.of(ids));
    }
}
