package cn.taxprocurement.web;

import cn.taxprocurement.audit.AuditCheckpoints;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceChangeStatus;
import cn.taxprocurement.catalog.ProductFilter;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalogimport.CatalogImportService;
import cn.taxprocurement.catalogimport.ImportView;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeView;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.CompetitionStatus;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.order.OrderStatus;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.report.SavingsReport;
import cn.taxprocurement.report.SavingsReportService;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The home page: what the service is, where each kind of user starts, the latest notices for visitors, for officers,
 * vendors and auditors the work waiting for them, and for managers the savings dashboard.
 */
@Path("/")
@PermitAll
public class HomePage {
    private static final int DASHBOARD_YEARS = 10;
    private static final int LATEST_IMPORTS = 3;
    private static final PageRequest LATEST_NOTICES = PageRequest.of(0, 8);
    // Only the total of a page is read: one row keeps the item query cheap.
    private static final PageRequest COUNT = PageRequest.of(0, 1);

    @Inject
    Viewer viewer;

    @Inject
    SavingsReportService savings;

    @Inject
    NoticeBoard board;

    @Inject
    VendorService vendors;

    @Inject
    ProductService products;

    @Inject
    PriceChangeService priceChanges;

    @Inject
    ProjectService projects;

    @Inject
    OrderService orders;

    @Inject
    CompetitionService competitions;

    @Inject
    CatalogImportService imports;

    @Inject
    AuditCheckpoints checkpoints;

    /**
     * The manager's dashboard: the latest year with awarded projects, its yearbook paragraph and headline figures, and
     * savings rates by year and by category.
     */
    public record Dashboard(SavingsReport latest, String yearbook, BarChart byYear, BarChart byCategory) {}

    /** What waits for an officer: reviews, tenders to open or award, results to confirm, orders to accept. */
    public record OfficerWork(
            long vendorsPending,
            long listingsSubmitted,
            long listingsFlagged,
            long tendersPastDeadline,
            long resultsRecorded,
            long ordersDelivered,
            long priceChangesPending) {}

    /** What waits for a vendor: tenders it may bid on, its listings and imports, orders and competitions. */
    public record VendorWork(
            long tendersOpen,
            List<ListingCount> listings,
            List<ImportView> imports,
            long ordersToConfirm,
            long ordersToDeliver,
            long competitionsOpen) {}

    /** How many of a vendor's listings stand at one status. */
    public record ListingCount(ProductStatus status, long count) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                Dashboard dashboard,
                OfficerWork officerWork,
                VendorWork vendorWork,
                AuditCheckpoints.Checkpoint checkpoint,
                List<NoticeView> notices);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(
                viewer.manager() ? dashboard() : null,
                viewer.officer() ? officerWork() : null,
                viewer.vendor() ? vendorWork() : null,
                viewer.auditor() ? checkpoints.newest() : null,
                viewer.signedIn()
                        ? List.of()
                        : board.search(null, null, null, LATEST_NOTICES).items());
    }

    private OfficerWork officerWork() {
        var submitted = new ProductFilter(null, null, ProductStatus.SUBMITTED, null, null, null);
        return new OfficerWork(
                vendors.search(VendorStatus.PENDING, null, COUNT).total(),
                products.search(submitted, COUNT).total(),
                products.review(viewer.actor(), submitted, true, COUNT).total(),
                projects.countPastDeadline(),
                projects.search(null, ProjectStatus.RECORDED, null, null, null, COUNT)
                        .total(),
                orders.search(viewer.actor().unit(), null, OrderStatus.DELIVERED, null, COUNT)
                        .total(),
                priceChanges.search(PriceChangeStatus.PENDING, COUNT).total());
    }

    private VendorWork vendorWork() {
        if (vendors.registered(viewer.actor()).isEmpty()) {
            return null;
        }
        List<ListingCount> listings = Arrays.stream(ProductStatus.values())
                .map(status -> new ListingCount(
                        status,
                        products.mine(viewer.actor(), null, status, COUNT).total()))
                .filter(listing -> listing.count() > 0)
                .toList();
        return new VendorWork(
                projects.countOpenTo(viewer.actor()),
                listings,
                imports.mine(viewer.actor(), PageRequest.of(0, LATEST_IMPORTS)).items(),
                orders.mine(viewer.actor(), OrderStatus.PLACED, COUNT).total(),
                orders.mine(viewer.actor(), OrderStatus.CONFIRMED, COUNT).total(),
                competitions.invitations(viewer.actor()).stream()
                        .filter(c -> c.status() == CompetitionStatus.OPEN)
                        .count());
    }

    private Dashboard dashboard() {
        List<Integer> years = savings.years();
        if (years.isEmpty()) {
            return new Dashboard(null, null, BarChart.of(List.of()), BarChart.of(List.of()));
        }
        int last = years.get(years.size() - 1);
        int first = Math.max(years.get(0), last - DASHBOARD_YEARS + 1);
        SavingsReport latest = savings.savings(last);
        BarChart byYear = BarChart.of(savings.trend(first, last, null).years().stream()
                .filter(year -> year.projectCount() > 0)
                .map(year -> new BarChart.Entry(String.valueOf(year.year()), year.savingsRate()))
                .toList());
        BarChart byCategory = BarChart.of(latest.byCategory().stream()
                .map(c -> new BarChart.Entry(c.categoryName(), c.savingsRate()))
                .toList());
        return new Dashboard(latest, savings.yearbook(last).text(), byYear, byCategory);
    }
}
