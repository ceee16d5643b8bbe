package cn.taxprocurement.vendor;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.common.DuplicateKey;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Registration of vendors by their users, and their review by officers. */
@ApplicationScoped
public class VendorService {
    static final String ENTITY = "Vendor";

    @Inject
    VendorRepository vendors;

    @Inject
    AuditLog audit;

    /** Registers the company of the signed-in user; one company per user and per USCC. */
    @Transactional
    public VendorView register(Actor actor, VendorRequests.Register command) {
        Uscc code = new Uscc(command.uscc());
        if (vendors.findBySubject(actor.subject()).isPresent()) {
            throw new Refusal(RefusalCode.VENDOR_ALREADY_REGISTERED);
        }
        if (vendors.usccTaken(code.value())) {
            throw new Refusal(RefusalCode.USCC_TAKEN, code.value());
        }
        Vendor vendor = Vendor.register(
                actor.subject(),
                code,
                command.name().strip(),
                command.contactName().strip(),
                command.contactPhone().strip(),
                command.email().strip());
        try {
            vendors.persistAndFlush(vendor);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw new Refusal(RefusalCode.DUPLICATE_VENDOR);
            }
            throw e;
        }
        audit.record(
                actor,
                AuditAction.VENDOR_REGISTERED,
                ENTITY,
                vendor.id(),
                "注册供应商 " + vendor.name() + "（" + vendor.uscc() + "）");
        return VendorView.of(vendor);
    }

    /** The company of the signed-in user. */
    @Transactional
    public VendorView mine(Actor actor) {
        return registered(actor).orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
    }

    /** The company the user registered, if they did. */
    @Transactional
    public Optional<VendorView> registered(Actor actor) {
        return vendors.findBySubject(actor.subject()).map(VendorView::of);
    }

    @Transactional
    public VendorView get(long id) {
        return VendorView.of(find(id));
    }

    @Transactional
    public Page<VendorView> search(VendorStatus status, String text, PageRequest page) {
        return vendors.search(status, text, page).map(VendorView::of);
    }

    /** An officer admits a pending vendor. */
    @Transactional
    public VendorView approve(Actor actor, long id) {
        Vendor vendor = find(id);
        vendor.approve();
        audit.record(actor, AuditAction.VENDOR_APPROVED, ENTITY, id, "审核通过供应商 " + vendor.name());
        return VendorView.of(vendor);
    }

    @Transactional
    public VendorView reject(Actor actor, long id, VendorRequests.Reject command) {
        Vendor vendor = find(id);
        String reason = command.reason().strip();
        vendor.reject(reason);
        audit.record(actor, AuditAction.VENDOR_REJECTED, ENTITY, id, "驳回供应商 " + vendor.name() + "：" + reason);
        return VendorView.of(vendor);
    }

    private Vendor find(long id) {
        return vendors.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_FOUND, id));
    }
}
