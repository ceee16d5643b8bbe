package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Locale;

/**
 * Where a listing stands: submitted by its vendor, then approved or rejected by an officer, or withdrawn; an approved
 * listing may be suspended by an officer.
 */
public enum ProductStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    SUSPENDED;

    /** Whether a listing may be ordered: only while it is in the shortlisted catalog. */
    public boolean orderable() {
        return this == APPROVED;
    }

    /** The status a {@code status} query names, or null when it names none; a wrong name is invalid input. */
    static ProductStatus fromQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("status", RefusalCode.PRODUCT_STATUS_UNKNOWN);
        }
    }
}
