package cn.taxprocurement.vendor;

import cn.taxprocurement.common.InvalidField;
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
            throw new InvalidField("status", "状态应为 PENDING、ACTIVE 或 REJECTED");
        }
    }
}
