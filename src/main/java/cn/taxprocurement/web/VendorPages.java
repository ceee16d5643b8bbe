package cn.taxprocurement.web;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.CategoryListings;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceChangeView;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalog.ProductView;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.catalogimport.CatalogImportService;
import cn.taxprocurement.catalogimport.ImportStatus;
import cn.taxprocurement.catalogimport.ImportView;
import cn.taxprocurement.catalogimport.Uploads;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.CatalogFileException;
import cn.taxprocurement.project.MyBidView;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A vendor's pages: its company, its listings, its catalog uploads, its bids. */
@Path("/vendor")
@RolesAllowed(Roles.VENDOR)
@Produces(MediaType.TEXT_HTML)
public class VendorPages {
    private static final int PAGE_SIZE = 20;

    @Inject
    VendorService vendors;

    @Inject
    ProductService products;

    @Inject
    CatalogRoundService rounds;

    @Inject
    PriceChangeService priceChanges;

    @Inject
    CatalogImportService imports;

    @Inject
    Uploads uploads;

    @Inject
    ProjectService projects;

    @Inject
    Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance company(VendorView vendor, Form form);

        static native TemplateInstance usccCheck(String message, boolean valid);

        static native TemplateInstance products(
                VendorView vendor,
                Page<MyListing> page,
                List<RoundView> rounds,
                Map<Long, List<CategoryListings>> categories,
                Form form,
                PriceCut cut);

        static native TemplateInstance imports(
                VendorView vendor, Page<ImportView> page, List<RoundView> rounds, Form form);

        static native TemplateInstance importPage(ImportView job);

        static native TemplateInstance progress(ImportView job, boolean running);

        static native TemplateInstance bids(
                VendorView vendor, Page<Tender> page, Page<MyBidView> mine, Long bidOn, Form form);
    }

    /**
     * One of the vendor's listings, with its round and category in words, its price cut awaiting review if any, and
     * whether it may ask for one: approved, in an open round, nothing pending.
     */
    public record MyListing(
            ProductView listing, String round, String category, PriceChangeView pendingCut, boolean mayCutPrice) {}

    /** The price cut form last sent, for the listing it was about: its values, errors or refusal, or that it was sent. */
    public record PriceCut(long productId, Form form) {}

    /**
     * A published project with the signed-in vendor's own bid on it, if any (never anyone else's), and whether it still
     * takes bids: the form is offered only then.
     */
    public record Tender(ProjectView project, MyBidView myBid, boolean open) {}

    @GET
    @Path("company")
    public TemplateInstance company() {
        VendorView vendor = registered();
        return Templates.company(vendor, vendor == null ? viewer.emptyForm() : filledWith(vendor));
    }

    /** The company's fields, as registering and changing its details send them. */
    public record CompanyFields(
            @RestForm String uscc,
            @RestForm String name,
            @RestForm String contactName,
            @RestForm String contactPhone,
            @RestForm String email) {
        VendorRequests.Register request() {
            return new VendorRequests.Register(uscc, name, contactName, contactPhone, email);
        }

        Map<String, String> values() {
            return Map.of(
                    "uscc", Form.text(uscc),
                    "name", Form.text(name),
                    "contactName", Form.text(contactName),
                    "contactPhone", Form.text(contactPhone),
                    "email", Form.text(email));
        }
    }

    @POST
    @Path("company")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object register(@BeanParam CompanyFields fields) {
        var request = fields.request();
        Form form = viewer.form(fields.values()).check(request);
        return form.submit(() -> vendors.register(viewer.actor(), request))
                .<Object>map(vendor ->
                        Response.seeOther(URI.create("/vendor/company")).build())
                .orElseGet(() -> Templates.company(null, form));
    }

    /** The company changes its details; a new name or USCC sends it back to review, which the page then says. */
    @POST
    @Path("company/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance updateCompany(@BeanParam CompanyFields fields) {
        var request = fields.request();
        VendorView before = registered();
        Form form = viewer.form(fields.values()).check(request);
        return form.submit(() -> vendors.update(viewer.actor(), request))
                .map(after -> Templates.company(
                        after,
                        filledWith(after)
                                .done(before != null && after.status() != before.status() ? "review" : "saved")))
                .orElseGet(() -> Templates.company(before, form));
    }

    private Form filledWith(VendorView vendor) {
        return viewer.form(Map.of(
                "uscc", vendor.uscc(),
                "name", vendor.name(),
                "contactName", vendor.contactName(),
                "contactPhone", vendor.contactPhone(),
                "email", vendor.email()));
    }

    /** The USCC checked as it is typed: its length, characters and check character. */
    @GET
    @Path("uscc-check")
    public TemplateInstance usccCheck(@QueryParam("uscc") String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return Templates.usccCheck("", false);
        }
        try {
            return Templates.usccCheck(new Uscc(uscc).value(), true);
        } catch (Refusal e) {
            return Templates.usccCheck(e.message(viewer.locale()), false);
        }
    }

    @GET
    @Path("products")
    public TemplateInstance products(@QueryParam("page") @DefaultValue("0") int page) {
        return productsPage(page, viewer.emptyForm());
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance addProduct(
            @RestForm Long roundId,
            @RestForm String categoryCode,
            @RestForm String brand,
            @RestForm String model,
            @RestForm String specs,
            @RestForm String unitPrice) {
        Form form = viewer.form(Map.of(
                "roundId", roundId == null ? "" : roundId.toString(),
                "categoryCode", Form.text(categoryCode),
                "brand", Form.text(brand),
                "model", Form.text(model),
                "specs", Form.text(specs),
                "unitPrice", Form.text(unitPrice)));
        BigDecimal price = form.decimal(unitPrice, "unitPrice");
        var request = new ProductRequests.Create(roundId, categoryCode, brand, model, specs, price);
        form.check(request);
        return form.submit(() -> products.list(viewer.actor(), request))
                .map(listed -> productsPage(0, viewer.emptyForm().done(model)))
                .orElseGet(() -> productsPage(0, form));
    }

    @POST
    @Path("products/{id}/price-changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance askPriceCut(@PathParam("id") long id, @RestForm String unitPrice, @RestForm String reason) {
        Form form = viewer.form(Map.of("unitPrice", Form.text(unitPrice), "reason", Form.text(reason)));
        var request = new PriceRequests.Propose(form.decimal(unitPrice, "unitPrice"), reason);
        form.check(request);
        return form.submit(() -> priceChanges.propose(viewer.actor(), id, request))
                .map(asked -> productsPage(
                        0,
                        viewer.emptyForm(),
                        new PriceCut(id, viewer.emptyForm().done("sent"))))
                .orElseGet(() -> productsPage(0, viewer.emptyForm(), new PriceCut(id, form)));
    }

    @GET
    @Path("rounds/{id}/template.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response template(@PathParam("id") long id) {
        return imports.template(id).response();
    }

    @GET
    @Path("imports")
    public TemplateInstance imports(@QueryParam("page") @DefaultValue("0") int page) {
        return importsPage(page, viewer.emptyForm());
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object upload(@RestForm Long roundId, @RestForm("file") FileUpload file) {
        Form form = viewer.form(Map.of("roundId", roundId == null ? "" : roundId.toString()));
        try {
            ImportView job = uploads.accept(viewer.actor(), roundId, file);
            return Response.seeOther(URI.create("/vendor/imports/" + job.id())).build();
        } catch (Refusal e) {
            form.refused(e);
        } catch (CatalogFileException e) {
            form.invalid("file", e.getMessage());
        }
        return importsPage(0, form);
    }

    @GET
    @Path("imports/{id}")
    public TemplateInstance importPage(@PathParam("id") long id) {
        return Templates.importPage(imports.get(viewer.actor(), id));
    }

    /** The progress fragment the import page polls until the import has finished. */
    @GET
    @Path("imports/{id}/progress")
    public TemplateInstance progress(@PathParam("id") long id) {
        ImportView job = imports.get(viewer.actor(), id);
        return Templates.progress(job, running(job));
    }

    @GET
    @Path("imports/{id}/errors.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response errors(@PathParam("id") long id) {
        return imports.errorWorkbook(viewer.actor(), id).response();
    }

    @GET
    @Path("bids")
    public TemplateInstance bids(@QueryParam("page") @DefaultValue("0") int page) {
        return bidsPage(page, null, viewer.emptyForm());
    }

    @POST
    @Path("bids/{projectId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object bid(@PathParam("projectId") long projectId, @RestForm String amount) {
        Form form = viewer.form(Map.of("amount", Form.text(amount)));
        var command = new PlaceBid(form.decimal(amount, "amount"));
        form.check(command);
        return form.submit(() -> projects.placeBid(viewer.actor(), projectId, command))
                .<Object>map(
                        placed -> Response.seeOther(URI.create("/vendor/bids")).build())
                .orElseGet(() -> bidsPage(0, projectId, form));
    }

    private TemplateInstance bidsPage(int page, Long bidOn, Form form) {
        VendorView vendor = registered();
        if (vendor == null) {
            return Templates.bids(null, null, null, bidOn, form);
        }
        Page<Tender> published = projects.search(
                        null, ProjectStatus.PUBLISHED, null, null, null, PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(p -> new Tender(
                        p,
                        myBid(p.id()),
                        projects.allowedSteps(viewer.actor(), p.id()).contains(ProjectStep.BID)));
        // A tender by invitation shows only to the vendors it takes bids from (or took one from).
        Page<Tender> tenders = new Page<>(
                published.items().stream()
                        .filter(t -> t.open()
                                || t.myBid() != null
                                || !t.project().method().byInvitation())
                        .toList(),
                published.total(),
                published.page(),
                published.size());
        Page<MyBidView> mine = projects.myBids(viewer.actor(), PageRequest.of(0, PAGE_SIZE));
        return Templates.bids(vendor, tenders, mine, bidOn, form);
    }

    private MyBidView myBid(long projectId) {
        try {
            return projects.myBid(viewer.actor(), projectId);
        } catch (Refusal e) {
            if (e.code() != RefusalCode.NO_BID) {
                throw e;
            }
            return null;
        }
    }

    static boolean running(ImportView job) {
        return job.status() == ImportStatus.QUEUED || job.status() == ImportStatus.RUNNING;
    }

    private TemplateInstance productsPage(int page, Form form) {
        return productsPage(page, form, null);
    }

    private TemplateInstance productsPage(int page, Form form, PriceCut cut) {
        VendorView vendor = registered();
        List<RoundView> open = openRounds();
        Map<Long, List<CategoryListings>> categories = rounds.categoryListings();
        Page<MyListing> listings = null;
        if (vendor != null) {
            Map<Long, String> roundNames =
                    rounds.list(null).stream().collect(Collectors.toMap(RoundView::id, VendorPages::roundName));
            Set<Long> openIds = open.stream().map(RoundView::id).collect(Collectors.toSet());
            Map<Long, PriceChangeView> pending = priceChanges.pendingOfMine(viewer.actor()).stream()
                    .collect(Collectors.toMap(PriceChangeView::productId, Function.identity()));
            listings = products.mine(viewer.actor(), null, null, PageRequest.of(Math.max(0, page), PAGE_SIZE))
                    .map(p -> new MyListing(
                            p,
                            roundNames.get(p.roundId()),
                            categoryName(categories, p.roundId(), p.categoryCode()),
                            pending.get(p.id()),
                            p.status() == ProductStatus.APPROVED
                                    && openIds.contains(p.roundId())
                                    && !pending.containsKey(p.id())));
        }
        return Templates.products(vendor, listings, open, categories, form, cut);
    }

    /** A round's name, with its year in front unless the name already says it. */
    private static String roundName(RoundView round) {
        String year = String.valueOf(round.year());
        return round.name().contains(year) ? round.name() : year + " " + round.name();
    }

    private static String categoryName(Map<Long, List<CategoryListings>> categories, long roundId, String code) {
        return categories.getOrDefault(roundId, List.of()).stream()
                .filter(c -> c.code().equals(code))
                .map(c -> code + " " + c.name())
                .findFirst()
                .orElse(code);
    }

    private TemplateInstance importsPage(int page, Form form) {
        VendorView vendor = registered();
        Page<ImportView> page0 =
                vendor == null ? null : imports.mine(viewer.actor(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        return Templates.imports(vendor, page0, openRounds(), form);
    }

    private List<RoundView> openRounds() {
        return rounds.list(null).stream()
                .filter(r -> r.status() == RoundStatus.OPEN)
                .toList();
    }

    private VendorView registered() {
        try {
            return vendors.mine(viewer.actor());
        } catch (Refusal e) {
            if (e.code() != RefusalCode.VENDOR_NOT_REGISTERED) {
                throw e;
            }
            return null;
        }
    }
}
