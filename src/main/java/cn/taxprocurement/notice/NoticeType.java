package cn.taxprocurement.notice;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.Locale;

/** The kinds of notice (公告) the public reads, with the name people read. */
public enum NoticeType {
    INTENTION("采购意向"),
    TENDER("采购公告"),
    CORRECTION("更正公告"),
    RESULT("中标（成交）结果公告"),
    FAILED("废标公告"),
    TERMINATED("终止公告"),
    SHORTLIST("入围结果公告"),
    ORDER_RESULT("订单成交公告");

    private final String label;

    NoticeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type a {@code type} query names, or null when it names none; a wrong name is invalid input. */
    static NoticeType fromQuery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("type", RefusalCode.VALUE_NOT_RECOGNISED, value);
        }
    }
}
