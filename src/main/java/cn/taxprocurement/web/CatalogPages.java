package cn.taxprocurement.web;

import cn.taxprocurement.catalog.CatalogCategory;
import cn.taxprocurement.catalog.CatalogListing;
import cn.taxprocurement.catalog.CatalogRequests;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.CatalogService;
import cn.taxprocurement.catalog.CatalogSort;
import cn.taxprocurement.catalog.Comparison;
import cn.taxprocurement.catalog.ProductView;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shortlisted catalog (入围产品目录) for every signed-in role: search and sort it, open a listing, pick two to four
 * to compare side by side; officers go on from a listing to an order or from a comparison to a competition.
 */
@Path("/catalog")
@RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRoundService rounds;

    @Inject
    Viewer viewer;

    /** The search as typed, echoed into the form and the pager's links. */
    public record Query(
            Long roundId, String categoryCode, String brand, String q, String minPrice, String maxPrice, String sort) {
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("categoryCode", Form.text(categoryCode));
            values.put("brand", Form.text(brand));
            values.put("q", Form.text(q));
            values.put("minPrice", Form.text(minPrice));
            values.put("maxPrice", Form.text(maxPrice));
            values.put("sort", Form.text(sort));
            return values;
        }

        /** The order asked for, newest first when none is. */
        public String sortValue() {
            return sort == null || sort.isBlank() ? CatalogSort.NEWEST.value() : sort.strip();
        }

        public String pageLink() {
            UriBuilder uri = UriBuilder.fromPath("/catalog");
            if (roundId != null) {
                uri.queryParam("roundId", roundId);
            }
            values().forEach((name, value) -> {
                if (!value.isBlank()) {
                    uri.queryParam(name, value);
                }
            });
            String link = uri.build().toString();
            return link + (link.contains("?") ? "&" : "?");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(
                Page<ProductView> page,
                Query query,
                Form form,
                List<RoundView> rounds,
                List<CatalogCategory> categories,
                Map<String, String> categoryNames,
                List<CatalogSort> sorts);

        static native TemplateInstance compare(Comparison comparison, String refusal);

        static native TemplateInstance listing(CatalogListing listing);
    }

    @GET
    public TemplateInstance search(
            @QueryParam("roundId") Long roundId,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("brand") String brand,
            @QueryParam("q") String q,
            @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page) {
        Query query = new Query(roundId, categoryCode, brand, q, minPrice, maxPrice, sort);
        Form form = viewer.form(query.values());
        Page<ProductView> found = form.submit(() -> catalog.search(
                        CatalogRequests.Search.of(roundId, categoryCode, brand, q, minPrice, maxPrice, sort),
                        PageRequest.of(Math.max(0, page), PAGE_SIZE)))
                .orElse(null);
        List<CatalogCategory> categories = catalog.categories();
        return Templates.catalog(
                found,
                query,
                form,
                rounds.list(null),
                categories,
                categories.stream().collect(Collectors.toMap(CatalogCategory::code, CatalogCategory::name)),
                List.of(CatalogSort.values()));
    }

    /** The picked listings side by side; a pick of fewer than 2 or more than 4 is refused in words. */
    @GET
    @Path("compare")
    public Response compare(@QueryParam("ids") List<String> ids) {
        CatalogRequests.Compare request;
        try {
            request = CatalogRequests.Compare.of(ids);
        } catch (Refusal e) {
            return Response.status(e.code().status())
                    .entity(Templates.compare(null, e.message(viewer.locale())))
                    .build();
        }
        return Response.ok(Templates.compare(catalog.compare(viewer.actor(), request), null))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance listing(@PathParam("id") long id) {
        return Templates.listing(catalog.listing(viewer.actor(), id));
    }
}
