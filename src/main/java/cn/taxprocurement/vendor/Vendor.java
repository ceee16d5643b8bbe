package cn.taxprocurement.vendor;

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

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public VendorStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == VendorStatus.ACTIVE;
    }
}
