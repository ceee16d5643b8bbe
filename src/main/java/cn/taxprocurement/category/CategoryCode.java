package cn.taxprocurement.category;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import java.util.regex.Pattern;

/** A category code: A (goods), B (works) or C (services), then 2 to 10 digits in pairs, e.g. A02010104. */
public record CategoryCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[ABC](\\d{2}){1,5}");

    public CategoryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw Refusal.onField("code", RefusalCode.CATEGORY_CODE_INVALID);
        }
    }
}
