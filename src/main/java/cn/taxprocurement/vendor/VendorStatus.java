package cn.taxprocurement.vendor;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Locale;

/** A vendor's standing: registered and waiting, admitted by an officer, or refused. */
public enum VendorStatus {
    PENDING,
    ACTIVE,
    REJECTED;

    /** The status a {@code status} query names, or null when it names none; a wrong name is invalid input. */
    static VendorStatus fromQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("status", RefusalCode.VENDOR_STATUS_UNKNOWN);
        }
    }
}
