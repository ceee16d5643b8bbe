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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shortlisted catalog: approved listings only, for everyone signed in. */
@Tag(name = "Catalog", description = "The shortlisted catalog: approved listings")
@Path("/api/v1/catalog")
@RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
public class CatalogResource {
    @Inject
    CatalogService service;

    @Inject
    CurrentUser currentUser;

    /** A page of the catalog; prices in yuan, {@code sort} one of {@code newest} (default), {@code price}, {@code -price}. */
    @GET
    @Operation(
            summary = "Search the catalog",
            description = "A page of APPROVED listings; total is exact up to 10,000.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value, sort or page outside its range")
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
    @Operation(summary = "Compare listings", description = "2 to 4 listings side by side, each with its price history.")
    @APIResponse(responseCode = "200", description = "The listings side by side")
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 4 ids")
    @APIResponse(responseCode = "404", description = "No such listing")
    public Comparison compare(@QueryParam("ids") List<String> ids) {
        return service.compare(currentUser.actor(), CatalogRequests.Compare.of(ids));
    }
}
