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

    @Column(nullable = false)
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

    /** While an approved vendor's changed name or USCC waits for review: the name it was approved with. */
    @Column(name = "approved_name")
    String approvedName;

    /** While an approved vendor's changed name or USCC waits for review: the USCC it was approved with. */
    @Column(name = "approved_uscc")
    String approvedUscc;

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
        approvedName = null;
        approvedUscc = null;
    }

    /** An officer refuses the vendor, saying why. */
    public void reject(String reason) {
        requirePending();
        status = VendorStatus.REJECTED;
        rejectReason = reason;
        approvedName = null;
        approvedUscc = null;
    }

    /**
     * The vendor changes its details. A new name or USCC goes back to review, keeping what was approved for the officer
     * to compare; so does any change of a rejected vendor, which resubmits it. A contact change alone keeps the status.
     */
    public void update(Uscc uscc, String name, String contactName, String contactPhone, String email) {
        boolean identityChanged = !this.uscc.equals(uscc.value()) || !this.name.equals(name);
        if (identityChanged && status == VendorStatus.ACTIVE) {
            approvedName = this.name;
            approvedUscc = this.uscc;
            status = VendorStatus.PENDING;
        }
        if (status == VendorStatus.REJECTED) {
            status = VendorStatus.PENDING;
            rejectReason = null;
        }
        this.uscc = uscc.value();
        this.name = name;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.email = email;
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

    public String approvedName() {
        return approvedName;
    }

    public String approvedUscc() {
        return approvedUscc;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == VendorStatus.ACTIVE;
    }
}
