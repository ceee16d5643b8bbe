package cn.taxprocurement.catalog;

import cn.taxprocurement.common.InvalidField;
import java.util.Locale;

/** Where a listing stands: submitted by its vendor, then approved or rejected by an officer, or withdrawn. */
public enum ProductStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The status a {@code status} query names, or null when it names none; a wrong name is invalid input. */
    static ProductStatus fromQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("status", "状态应为 SUBMITTED、APPROVED、REJECTED 或 WITHDRAWN");
        }
    }
}
