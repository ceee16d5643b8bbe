package cn.taxprocurement.catalog;

import cn.taxprocurement.category.Category;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The shortlisted catalog (入围产品目录) as buyers browse it: APPROVED listings only, searched, read and compared. */
@ApplicationScoped
public class CatalogService {
    @Inject
    ProductRepository products;

    @Inject
    CategoryRepository categories;

    @Inject
    ProductService listings;

    @Inject
    VendorRepository vendors;

    @Transactional
    public Page<ProductView> search(CatalogRequests.Search search, PageRequest page) {
        return products.catalog(search, page);
    }

    /** The categories the catalog holds listings of, by code. */
    @Transactional
    public List<CatalogCategory> categories() {
        return products.catalogCategories();
    }

    /** One listing of the catalog; a listing not APPROVED is not in it. */
    @Transactional
    public CatalogListing listing(Actor actor, long id) {
        return approved(actor, id);
    }

    /** Listings of the catalog side by side, in the order asked; any one not APPROVED is not found. */
    @Transactional
    public Comparison compare(Actor actor, CatalogRequests.Compare request) {
        return Comparison.of(
                request.ids().stream().map(id -> approved(actor, id)).toList());
    }

    private CatalogListing approved(Actor actor, long id) {
        products.findByIdOptional(id)
                .filter(product -> product.status() == ProductStatus.APPROVED)
                .orElseThrow(() -> new Refusal(RefusalCode.NOT_IN_CATALOG, id));
        ProductView listing = products.view(id);
        String categoryName = categories
                .findByIdOptional(listing.categoryCode())
                .map(Category::name)
                .orElse(listing.categoryCode());
        return new CatalogListing(
                listing, categoryName, readsHistoryOf(actor, listing) ? listings.priceHistory(actor, id) : null);
    }

    /** Whether the actor reads the listing's price history: as {@link ProductService#priceHistory}, vendors their own. */
    private boolean readsHistoryOf(Actor actor, ProductView listing) {
        if (!Roles.VENDOR.equals(actor.role())) {
            return true;
        }
        return vendors.findBySubject(actor.subject())
                .filter(vendor -> vendor.id().equals(listing.vendorId()))
                .isPresent();
    }
}
