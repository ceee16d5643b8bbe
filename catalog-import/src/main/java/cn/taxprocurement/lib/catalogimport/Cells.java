package cn.taxprocurement.lib.catalogimport;

import java.math.BigDecimal;
import java.math.MathContext;

/** Small conversions of cell XML to the texts a row keeps. */
final class Cells {

    /** Excel's own limit on the text of one cell; longer texts are cut, and then fail every length rule anyway. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel keeps 15 significant digits; more digits in a stored number are binary floating-point noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private Cells() {}

    static void append(StringBuilder text, char[] ch, int start, int length, int maxChars) {
        int room = maxChars - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(room, length));
        }
    }

    /**
     * The 0-based column of a cell reference such as {@code AB12}, or -1 when it has no letters. A column beyond
     * {@code limit} columns reads as {@code limit}, however many letters follow, so no reference overflows.
     */
    static int columnIndex(String reference, int limit) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), limit + 1);
        }
        return column - 1;
    }

    /**
     * A non-negative number in an attribute or a shared-string cell, read without making a string: -1 when it is none,
     * {@link Integer#MAX_VALUE} when it is larger.
     */
    static int number(CharSequence digits) {
        if (digits == null || digits.isEmpty()) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = Math.min(number * 10 + (c - '0'), Integer.MAX_VALUE);
        }
        return (int) number;
    }

    /**
     * The decimal a number cell shows, e.g. {@code 1999.99} for a stored {@code 1999.9899999999998}; the stored text
     * itself when it is no number or too large to spell out.
     */
    static String decimalText(String stored) {
        if (isShortDecimal(stored)) {
            return stored;
        }
        try {
            BigDecimal value = new BigDecimal(stored.strip()).round(EXCEL_PRECISION);
            if (value.signum() == 0) {
                return "0";
            }
            if (Math.abs(value.precision() - value.scale()) > 20) {
                return stored;
            }
            BigDecimal plain = value.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /** Digits with at most one inner dot and no trailing zero after it, within Excel's precision: already as shown. */
    private static boolean isShortDecimal(String stored) {
        int length = stored.length();
        if (length == 0 || length > 15) {
            return false;
        }
        int dot = stored.indexOf('.');
        if (dot == 0 || (dot > 0 && (dot == length - 1 || stored.charAt(length - 1) == '0'))) {
            return false;
        }
        if (stored.charAt(0) == '0' && length > 1 && dot != 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = stored.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
