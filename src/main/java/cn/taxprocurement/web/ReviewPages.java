package cn.taxprocurement.web;

import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceChangeStatus;
import cn.taxprocurement.catalog.PriceChangeView;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductFilter;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalog.ProductView;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import cn.taxprocurement.vendor.VendorView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Officers review vendors awaiting approval and product listings awaiting review, one by one or a page at once, and
 * vendors' requests to lower prices.
 */
@Path("/officer")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    VendorService vendors;

    @Inject
    ProductService products;

    @Inject
    PriceChangeService priceChanges;

    @Inject
    Viewer viewer;

    /** What the last action did: how many it changed, and the refusals, each with its reason. */
    public record Outcome(int changed, List<String> refusals) {}

    /** The filters of the listings page, echoed into its links and forms. */
    public record ProductQuery(Long roundId, String categoryCode, ProductStatus status, String q, Boolean flagged) {
        String link() {
            UriBuilder uri = UriBuilder.fromPath("/officer/products");
            if (roundId != null) {
                uri.queryParam("roundId", roundId);
            }
            if (categoryCode != null && !categoryCode.isBlank()) {
                uri.queryParam("categoryCode", categoryCode);
            }
            if (status != null) {
                uri.queryParam("status", status);
            }
            if (q != null && !q.isBlank()) {
                uri.queryParam("q", q);
            }
            if (Boolean.TRUE.equals(flagged)) {
                uri.queryParam("flagged", true);
            }
            return uri.build().toString();
        }

        public String pageLink() {
            String link = link();
            return link + (link.contains("?") ? "&" : "?");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vendors(
                Page<VendorView> page,
                VendorStatus status,
                List<VendorStatus> statuses,
                String pageLink,
                Outcome outcome);

        static native TemplateInstance products(
                Page<ProductView> page, ProductQuery query, List<ProductStatus> statuses, Outcome outcome);

        static native TemplateInstance priceChanges(
                Page<PriceChangeView> page,
                PriceChangeStatus status,
                List<PriceChangeStatus> statuses,
                String pageLink,
                Outcome outcome);
    }

    @GET
    @Path("vendors")
    public TemplateInstance vendors(
            @QueryParam("status") @DefaultValue("PENDING") VendorStatus status,
            @QueryParam("page") @DefaultValue("0") int page) {
        return vendorsPage(status, page, null);
    }

    @POST
    @Path("vendors/{id}/approve")
    public TemplateInstance approveVendor(@PathParam("id") long id) {
        return vendorsPage(VendorStatus.PENDING, 0, apply(List.of(id), v -> vendors.approve(viewer.actor(), v)));
    }

    @POST
    @Path("vendors/{id}/reject")
    public TemplateInstance rejectVendor(@PathParam("id") long id, @RestForm String reason) {
        var command = new VendorRequests.Reject(reason);
        Outcome outcome = reasonRefused(command);
        if (outcome == null) {
            outcome = apply(List.of(id), v -> vendors.reject(viewer.actor(), v, command));
        }
        return vendorsPage(VendorStatus.PENDING, 0, outcome);
    }

    @GET
    @Path("products")
    public TemplateInstance products(
            @QueryParam("roundId") Long roundId,
            @QueryParam("categoryCode") String categoryCode,
            @QueryParam("status") @DefaultValue("SUBMITTED") ProductStatus status,
            @QueryParam("q") String q,
            @QueryParam("flagged") boolean flagged,
            @QueryParam("page") @DefaultValue("0") int page) {
        return productsPage(new ProductQuery(roundId, categoryCode, status, q, flagged ? true : null), page, null);
    }

    /** Approves or rejects the listings chosen on the page (one, or every one the filtered page shows). */
    @POST
    @Path("products/review")
    public Object review(
            @RestForm List<Long> ids,
            @RestForm String decision,
            @RestForm String reason,
            @RestForm String approveReason,
            @RestForm Long roundId,
            @RestForm String categoryCode,
            @RestForm ProductStatus status,
            @RestForm String q,
            @RestForm boolean flagged) {
        ProductQuery query = new ProductQuery(roundId, categoryCode, status, q, flagged ? true : null);
        Outcome outcome;
        if ("reject".equals(decision)) {
            var command = new ProductRequests.Reject(reason);
            outcome = reasonRefused(command);
            if (outcome == null) {
                outcome = apply(ids, id -> products.reject(viewer.actor(), id, command));
            }
        } else {
            // A flagged listing is refused without a reason, and the refusal says so on the page.
            var command = new PriceRequests.Approve(approveReason);
            outcome = reasonRefused(command);
            if (outcome == null) {
                outcome = apply(ids, id -> products.approve(viewer.actor(), id, command));
            }
        }
        return productsPage(query, 0, outcome);
    }

    @GET
    @Path("price-changes")
    public TemplateInstance priceChanges(
            @QueryParam("status") @DefaultValue("PENDING") PriceChangeStatus status,
            @QueryParam("page") @DefaultValue("0") int page) {
        return priceChangesPage(status, page, null);
    }

    @POST
    @Path("price-changes/{id}/approve")
    public TemplateInstance approvePriceChange(@PathParam("id") long id) {
        return priceChangesPage(
                PriceChangeStatus.PENDING, 0, apply(List.of(id), c -> priceChanges.approve(viewer.actor(), c)));
    }

    @POST
    @Path("price-changes/{id}/reject")
    public TemplateInstance rejectPriceChange(@PathParam("id") long id, @RestForm String reason) {
        var command = new PriceRequests.Reason(reason);
        Outcome outcome = reasonRefused(command);
        if (outcome == null) {
            outcome = apply(List.of(id), c -> priceChanges.reject(viewer.actor(), c, command));
        }
        return priceChangesPage(PriceChangeStatus.PENDING, 0, outcome);
    }

    private TemplateInstance priceChangesPage(PriceChangeStatus status, int page, Outcome outcome) {
        return Templates.priceChanges(
                priceChanges.search(status, PageRequest.of(Math.max(0, page), PAGE_SIZE)),
                status,
                List.of(PriceChangeStatus.values()),
                "/officer/price-changes?status=" + status + "&",
                outcome);
    }

    private TemplateInstance vendorsPage(VendorStatus status, int page, Outcome outcome) {
        return Templates.vendors(
                vendors.search(status, null, PageRequest.of(Math.max(0, page), PAGE_SIZE)),
                status,
                List.of(VendorStatus.values()),
                "/officer/vendors?status=" + status + "&",
                outcome);
    }

    private TemplateInstance productsPage(ProductQuery query, int page, Outcome outcome) {
        var filter = new ProductFilter(
                query.roundId(), Form.blank(query.categoryCode()), query.status(), null, null, Form.blank(query.q()));
        Page<ProductView> found =
                products.review(viewer.actor(), filter, query.flagged(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        // Flagged listings first: they need the officer's attention, and a reason to be approved.
        List<ProductView> flaggedFirst = found.items().stream()
                .sorted(Comparator.comparing((ProductView p) ->
                        p.priceCheck() == null || !p.priceCheck().flagged()))
                .toList();
        return Templates.products(
                new Page<>(flaggedFirst, found.total(), found.page(), found.size()),
                query,
                List.of(ProductStatus.values()),
                outcome);
    }

    /** Each one in its own transaction, as the API does it: one refusal does not undo the others. */
    private Outcome apply(List<Long> ids, LongConsumer action) {
        int changed = 0;
        List<String> refusals = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            try {
                action.accept(id);
                changed++;
            } catch (Refusal e) {
                refusals.add(id + "：" + e.message(viewer.locale()));
            }
        }
        return new Outcome(changed, refusals);
    }

    private Outcome reasonRefused(Object request) {
        var violations = viewer.validator().validate(request);
        return violations.isEmpty()
                ? null
                : new Outcome(0, List.of(violations.iterator().next().getMessage()));
    }
}
