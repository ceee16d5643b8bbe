package cn.taxprocurement.catalog;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.common.DuplicateKey;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Vendors list products in open rounds; officers review them; everyone reads the shortlisted catalog. */
@ApplicationScoped
public class ProductService {
    static final String ENTITY = "Product";

    @Inject
    ProductRepository products;

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    VendorRepository vendors;

    @Inject
    PriceHistoryRepository history;

    @Inject
    RefusedAccess refusals;

    @Inject
    AuditLog audit;

    @Inject
    ListingFeed feed;

    /** The signed-in vendor lists a product; it waits for an officer's review. */
    @Transactional
    public ProductView list(Actor actor, ProductRequests.Create command) {
        long roundId = command.roundId();
        String brand = command.brand();
        String model = command.model();
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        CatalogRound round = rounds.findByIdOptional(roundId)
                .orElseThrow(() -> Refusal.onField("roundId", RefusalCode.UNKNOWN_ROUND, roundId));
        rounds.lockForListing(round);
        Product product = Product.list(
                vendor, round, command.categoryCode().strip(), brand, model, command.specs(), command.unitPrice());
        if (products.listed(vendor.id(), round.id(), product.listingKey())) {
            throw duplicate(brand, model);
        }
        try {
            products.persistAndFlush(product);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw duplicate(brand, model);
            }
            throw e;
        }
        feed.changed(product.id());
        audit.record(
                actor,
                AuditAction.PRODUCT_SUBMITTED,
                ENTITY,
                product.id(),
                submittedSummary(vendor, brand, model, round));
        return products.view(product.id());
    }

    @Transactional
    public Page<ProductView> mine(Actor actor, Long roundId, ProductStatus status, PageRequest page) {
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        return products.search(new ProductFilter(roundId, null, status, vendor.id(), null, null), page);
    }

    /** The signed-in vendor takes back one of its own listings while its round is open; anyone else's is not found. */
    @Transactional
    public ProductView withdraw(Actor actor, long id) {
        Vendor vendor = vendors.findBySubject(actor.subject()).orElse(null);
        Product product = ownListing(actor, vendor, id, "撤回");
        product.withdraw(rounds.statusForChange(product.roundId()));
        products.flush();
        feed.changed(id);
        audit.record(actor, AuditAction.PRODUCT_WITHDRAWN, ENTITY, id, vendor.name() + " 撤回产品 " + id);
        return products.view(id);
    }

    @Transactional
    public Page<ProductView> search(ProductFilter filter, PageRequest page) {
        return products.search(filter, page);
    }

    /**
     * Listings for officers and managers; officers see each one's price check. {@code flagged}, when given, keeps the
     * listings whose check is (true) or is not (false) flagged: the checks of every listing the filter finds are then
     * computed, a round's category at a time.
     */
    @Transactional
    public Page<ProductView> review(Actor actor, ProductFilter filter, Boolean flagged, PageRequest page) {
        boolean officer = Roles.OFFICER.equals(actor.role());
        Page<ProductView> found;
        Map<Long, PriceCheck> checks;
        if (flagged == null) {
            found = products.search(filter, page);
            checks = officer
                    ? products.priceChecks(
                            found.items().stream().map(ProductView::id).toList())
                    : Map.of();
        } else {
            checks = products.priceChecks(filter, check -> check.flagged() == flagged);
            List<Long> ids =
                    checks.keySet().stream().sorted(Comparator.reverseOrder()).toList();
            int from = (int) Math.min((long) page.page * page.size, ids.size());
            int to = Math.min(from + page.size, ids.size());
            found = new Page<>(products.views(ids.subList(from, to)), ids.size(), page.page, page.size);
        }
        return officer ? found.map(view -> view.withPriceCheck(checks.get(view.id()))) : found;
    }

    /** The flagged price checks of the rounds' approved listings, found by listing id: for reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FlaggedPrices flaggedPrices(List<Long> roundIds) {
        return products.flaggedPrices(roundIds);
    }

    /** Approves a listing without a reason: refused when its price is flagged. */
    public ProductView approve(Actor actor, long id) {
        return approve(actor, id, new PriceRequests.Approve(null));
    }

    /**
     * An officer admits the listing into the catalog at its price, the first point of its price history. A flagged
     * price needs a reason, which the audit trail keeps with the check.
     */
    @Transactional
    public ProductView approve(Actor actor, long id, PriceRequests.Approve command) {
        Product product = find(id);
        product.approve(rounds.statusForChange(product.roundId()));
        String reason =
                command == null || command.reason() == null || command.reason().isBlank()
                        ? null
                        : command.reason().strip();
        PriceCheck check = products.priceChecks(List.of(id)).get(id);
        if (check.flagged() && reason == null) {
            throw Refusal.onField("reason", RefusalCode.FLAGGED_PRICE_REASON_REQUIRED);
        }
        history.persist(PriceHistory.of(product, Instant.now(), actor.name()));
        products.flush();
        String summary = "产品 " + id + " 审核入围"
                + (check.flagged()
                        ? "（价格异常：单价为 " + check.peerCount() + " 个同类产品中位价 " + check.peerMedian() + " 元的 " + check.ratio()
                                + " 倍）"
                        : "")
                + (reason == null ? "" : "，原因：" + reason);
        feed.changed(id);
        audit.record(actor, AuditAction.PRODUCT_APPROVED, ENTITY, id, summary);
        return products.view(id);
    }

    @Transactional
    public ProductView reject(Actor actor, long id, ProductRequests.Reject command) {
        Product product =
                products.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.PRODUCT_NOT_FOUND, id));
        String reason = command.reason().strip();
        product.reject(reason);
        products.flush();
        feed.changed(id);
        audit.record(actor, AuditAction.PRODUCT_REJECTED, ENTITY, id, "产品 " + id + " 被驳回：" + reason);
        return products.view(id);
    }

    /**
     * The vendor's own listing, for a change it asks for; another vendor's listing is not found, and the attempt is
     * recorded as a refused access.
     */
    Product ownListing(Actor actor, Vendor vendor, long id, String change) {
        Product product = find(id);
        if (vendor == null || !product.belongsTo(vendor)) {
            refusals.record(
                    actor,
                    ENTITY,
                    id,
                    (vendor == null ? "未注册供应商的用户" : vendor.name()) + " 请求" + change + "其他供应商的产品 " + id + "，已拒绝");
            throw new Refusal(RefusalCode.PRODUCT_NOT_FOUND, id);
        }
        return product;
    }

    /** An officer takes an approved listing out of the catalog and of orders, saying why; also after its round closed. */
    @Transactional
    public ProductView suspend(Actor actor, long id, PriceRequests.Reason command) {
        Product product = find(id);
        String reason = command.reason().strip();
        product.suspend(reason);
        products.flush();
        feed.changed(id);
        audit.record(actor, AuditAction.PRODUCT_SUSPENDED, ENTITY, id, "产品 " + id + " 暂停入围：" + reason);
        return products.view(id);
    }

    /**
     * The prices a listing has had in the catalog, oldest first. Anyone signed in may read them, but a vendor only of
     * its own listings: another vendor's listing is not found.
     */
    @Transactional
    public List<PricePoint> priceHistory(Actor actor, long productId) {
        Product product = find(productId);
        if (Roles.VENDOR.equals(actor.role())) {
            Vendor vendor = vendors.findBySubject(actor.subject()).orElse(null);
            if (vendor == null || !product.belongsTo(vendor)) {
                throw new Refusal(RefusalCode.PRODUCT_NOT_FOUND, productId);
            }
        }
        return history.of(productId);
    }

    Product find(long id) {
        return products.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.PRODUCT_NOT_FOUND, id));
    }

    /** The audit summary of a new listing, the same whether it was listed alone or imported. */
    static String submittedSummary(Vendor vendor, String brand, String model, CatalogRound round) {
        return vendor.name() + " 申报产品 " + brand.strip() + " " + model.strip() + "（入围采购 " + round.id() + "）";
    }

    private static Refusal duplicate(String brand, String model) {
        return new Refusal(RefusalCode.DUPLICATE_LISTING, brand.strip(), model.strip());
    }
}
