package cn.taxprocurement.vendor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A vendor as the API shows it; while a changed name or USCC of an approved vendor waits for review, the name and USCC
 * it was approved with.
 */
public record VendorView(
        Long id,
        String uscc,
        String name,
        String contactName,
        String contactPhone,
        String email,
        VendorStatus status,
        String rejectReason,
        OffsetDateTime createdAt,
        String approvedName,
        String approvedUscc) {

    static VendorView of(Vendor v) {
        return new VendorView(
                v.id(),
                v.uscc(),
                v.name(),
                v.contactName(),
                v.contactPhone(),
                v.email(),
                v.status(),
                v.rejectReason(),
                v.createdAt().atOffset(ZoneOffset.UTC),
                v.approvedName(),
                v.approvedUscc());
    }
}
