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
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The signed-in user's company changes its details, checked as on registration. A new name or USCC sends an approved
     * company back to review (see {@link Vendor#update}); contact details alone do not.
     */
    @Transactional
    public VendorView update(Actor actor, VendorRequests.Register command) {
        Uscc code = new Uscc(command.uscc());
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        if (!code.value().equals(vendor.uscc()) && vendors.usccTaken(code.value())) {
            throw new Refusal(RefusalCode.USCC_TAKEN, code.value());
        }
        List<String> changes = new ArrayList<>();
        changed(changes, "统一社会信用代码", vendor.uscc(), code.value());
        changed(changes, "企业名称", vendor.name(), command.name().strip());
        changed(changes, "联系人", vendor.contactName(), command.contactName().strip());
        changed(changes, "联系电话", vendor.contactPhone(), command.contactPhone().strip());
        changed(changes, "电子邮箱", vendor.email(), command.email().strip());
        if (changes.isEmpty()) {
            return VendorView.of(vendor);
        }
        VendorStatus before = vendor.status();
        vendor.update(
                code,
                command.name().strip(),
                command.contactName().strip(),
                command.contactPhone().strip(),
                command.email().strip());
        try {
            vendors.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw new Refusal(RefusalCode.USCC_TAKEN, code.value());
            }
            throw e;
        }
        String review = vendor.status() != before ? "，重新提交审核" : "";
        audit.record(
                actor,
                AuditAction.VENDOR_UPDATED,
                ENTITY,
                vendor.id(),
                "供应商 " + vendor.name() + " 修改企业信息：" + String.join("；", changes) + review);
        return VendorView.of(vendor);
    }

    private static void changed(List<String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(field + " " + before + " → " + after);
        }
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
