package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Locale;

/** Where a vendor's request to lower a price stands: waiting for an officer, then approved or rejected. */
public enum PriceChangeStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** The status a {@code status} query names, or null when it names none; a wrong name is invalid input. */
    static PriceChangeStatus fromQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("status", RefusalCode.PRICE_CHANGE_STATUS_UNKNOWN);
        }
    }
}
