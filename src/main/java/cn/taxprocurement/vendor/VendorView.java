package cn.taxprocurement.vendor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A vendor as the API shows it. */
public record VendorView(
        Long id,
        String uscc,
        String name,
        String contactName,
        String contactPhone,
        String email,
        VendorStatus status,
        String rejectReason,
        OffsetDateTime createdAt) {

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
                v.createdAt().atOffset(ZoneOffset.UTC));
    }
}
