package cn.taxprocurement.vendor;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
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
            throw Refusal.onField("uscc", RefusalCode.USCC_REQUIRED);
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw Refusal.onField("uscc", RefusalCode.USCC_LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw Refusal.onField("uscc", RefusalCode.USCC_CHARACTER, i + 1, value.charAt(i));
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw Refusal.onField("uscc", RefusalCode.USCC_CHECK_CHARACTER);
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
}
