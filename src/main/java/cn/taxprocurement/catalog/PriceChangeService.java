package cn.taxprocurement.catalog;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.common.DuplicateKey;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;

/** Vendors ask to lower an approved listing's price during its round; officers approve or reject each request. */
@ApplicationScoped
public class PriceChangeService {
    static final String ENTITY = "PriceChange";

    @Inject
    ProductService productService;

    @Inject
    ProductRepository products;

    @Inject
    PriceChangeRepository changes;

    @Inject
    PriceHistoryRepository history;

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    VendorRepository vendors;

    @Inject
    AuditLog audit;

    @Inject
    ListingFeed feed;

    /** The signed-in vendor asks to lower one of its own approved listings' price; anyone else's is not found. */
    @Transactional
    public PriceChangeView propose(Actor actor, long productId, PriceRequests.Propose command) {
        Vendor vendor = vendors.findBySubject(actor.subject()).orElse(null);
        Product product = productService.ownListing(actor, vendor, productId, "调价");
        products.lockForChange(product);
        if (changes.pending(productId)) {
            throw new Refusal(RefusalCode.PRICE_CHANGE_PENDING);
        }
        String reason = command.reason().strip();
        PriceChange change = PriceChange.propose(
                product, rounds.statusForChange(product.roundId()), command.unitPrice(), reason, actor.name());
        try {
            changes.persistAndFlush(change);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw new Refusal(RefusalCode.PRICE_CHANGE_PENDING);
            }
            throw e;
        }
        audit.record(
                actor,
                AuditAction.PRICE_CHANGE_PROPOSED,
                ENTITY,
                change.id(),
                vendor.name() + " 申请将产品 " + productId + " 的单价由 " + Money.format(change.oldPrice) + " 降至 "
                        + Money.format(change.newPrice) + "：" + reason);
        return changes.view(change.id());
    }

    @Transactional
    public Page<PriceChangeView> search(PriceChangeStatus status, PageRequest page) {
        return changes.search(status, page);
    }

    /** The signed-in vendor's requests still waiting for an officer. */
    @Transactional
    public List<PriceChangeView> pendingOfMine(Actor actor) {
        return vendors.findBySubject(actor.subject())
                .map(vendor -> changes.pendingOfVendor(vendor.id()))
                .orElse(List.of());
    }

    /** An officer agrees: the new price is the listing's from now on, and the next point of its price history. */
    @Transactional
    public PriceChangeView approve(Actor actor, long id) {
        PriceChange change = find(id);
        Product product = productService.find(change.productId);
        products.lockForChange(product);
        change.approve(product, actor.name());
        history.persist(PriceHistory.of(product, change.decidedAt, actor.name()));
        changes.flush();
        feed.changed(change.productId);
        audit.record(
                actor,
                AuditAction.PRICE_CHANGE_APPROVED,
                ENTITY,
                id,
                "产品 " + change.productId + " 调价获批：" + Money.format(change.oldPrice) + " → "
                        + Money.format(change.newPrice));
        return changes.view(id);
    }

    /** An officer refuses a request, saying why; the listing keeps its price. */
    @Transactional
    public PriceChangeView reject(Actor actor, long id, PriceRequests.Reason command) {
        PriceChange change = find(id);
        String reason = command.reason().strip();
        change.reject(reason, actor.name());
        changes.flush();
        audit.record(
                actor, AuditAction.PRICE_CHANGE_REJECTED, ENTITY, id, "产品 " + change.productId + " 的调价申请被驳回：" + reason);
        return changes.view(id);
    }

    private PriceChange find(long id) {
        return changes.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.PRICE_CHANGE_NOT_FOUND, id));
    }
}
