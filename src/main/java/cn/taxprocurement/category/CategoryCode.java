package cn.taxprocurement.category;

import cn.taxprocurement.common.InvalidField;
import java.util.regex.Pattern;

/** A category code: A (goods), B (works) or C (services), then 2 to 10 digits in pairs, e.g. A02010104. */
public record CategoryCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[ABC](\\d{2}){1,5}");

    public CategoryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidField("code", "品目编码应为 A/B/C 加 2 到 10 位数字（两位一级），如 A02010104");
        }
    }
}
