package cn.taxprocurement.vendor;

import cn.taxprocurement.common.InvalidField;
import java.util.Locale;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-Y} without I, O, S, V and Z, the last a check character over the first 17.
 */
public record Uscc(String value) {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        if (value == null) {
            throw invalid("统一社会信用代码不能为空");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw invalid("统一社会信用代码应为 18 位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw invalid("统一社会信用代码第 " + (i + 1) + " 位含有不允许的字符 " + value.charAt(i));
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw invalid("统一社会信用代码校验位不正确");
        }
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static InvalidField invalid(String message) {
        return new InvalidField("uscc", message);
    }
}
