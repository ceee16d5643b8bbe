package cn.taxprocurement.vendor;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A company that sells to the tax administration, bound to the user who registered it. */
@Entity
@Table(name = "vendor")
public class Vendor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The token subject of the user who registered the company. */
    @Column(nullable = false, updatable = false)
    String subject;

    @Column(nullable = false, updatable = false)
    String uscc;

    @Column(nullable = false)
    String name;

    @Column(name = "contact_name", nullable = false)
    String contactName;

    @Column(name = "contact_phone", nullable = false)
    String contactPhone;

    @Column(nullable = false)
    String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    VendorStatus status;

    @Column(name = "reject_reason")
    String rejectReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    protected Vendor() {}

    /** A company registered by the signed-in user {@code subject}; it waits for an officer's review. */
    public static Vendor register(
            String subject, Uscc uscc, String name, String contactName, String contactPhone, String email) {
        Vendor vendor = new Vendor();
        vendor.subject = subject;
        vendor.uscc = uscc.value();
        vendor.name = name;
        vendor.contactName = contactName;
        vendor.contactPhone = contactPhone;
        vendor.email = email;
        vendor.status = VendorStatus.PENDING;
        vendor.createdAt = Instant.now();
        return vendor;
    }

    /** An officer admits the vendor: it may now list products and bid. */
    public void approve() {
        requirePending();
        status = VendorStatus.ACTIVE;
        rejectReason = null;
    }

    /** An officer refuses the vendor, saying why. */
    public void reject(String reason) {
        requirePending();
        status = VendorStatus.REJECTED;
        rejectReason = reason;
    }

    private void requirePending() {
        if (status != VendorStatus.PENDING) {
            throw new Refusal(RefusalCode.VENDOR_NOT_PENDING, status);
        }
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String email() {
        return email;
    }

    public VendorStatus status() {
        return status;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == VendorStatus.ACTIVE;
    }
}
