package cn.taxprocurement.lib.catalogimport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When two listings are the same product: brand and model folded as people read them, so that "ＴｈｉｎｋＰａｄ" and
 * "thinkpad" are one brand. The one definition of a duplicate, for a file's own rows and for the service's listings.
 */
public final class ListingKey {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ListingKey() {}

    /** The key of a vendor's listing in a round: its folded brand and model. */
    public static String of(String brand, String model) {
        return fold(brand) + " / " + fold(model);
    }

    /** NFKC, stripped, lower case, inner white space collapsed: the form in which two spellings are equal. */
    public static String fold(String text) {
        if (isNfkcStable(text)) {
            return stableKey(text);
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (hasWhiteSpaceToCollapse(stripped)) {
            stripped = WHITE_SPACE.matcher(stripped).replaceAll(" ");
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #fold} of text that NFKC leaves as it is, in one pass: imports fold every row's brand and model several
     * times, and the regex and the intermediate strings were most of that cost. Only ASCII letters change case here.
     */
    private static String stableKey(String text) {
        String stripped = text.strip();
        int length = stripped.length();
        char[] out = null;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = stripped.charAt(i);
            if (isRegexWhiteSpace(c)) {
                int end = i + 1;
                while (end < length && isRegexWhiteSpace(stripped.charAt(end))) {
                    end++;
                }
                if (out == null && (c != ' ' || end > i + 1)) {
                    out = copyOf(stripped, i);
                }
                if (out != null) {
                    out[n] = ' ';
                }
                n++;
                i = end - 1;
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (out == null && lower != c) {
                out = copyOf(stripped, i);
            }
            if (out != null) {
                out[n] = lower;
            }
            n++;
        }
        return out == null ? stripped : new String(out, 0, n);
    }

    private static char[] copyOf(String text, int prefix) {
        char[] chars = new char[text.length()];
        text.getChars(0, prefix, chars, 0);
        return chars;
    }

    /** What the pattern's {@code \s} matches (without UNICODE_CHARACTER_CLASS): space, \t, \n, \x0B, \f, \r. */
    private static boolean isRegexWhiteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Whether {@link #WHITE_SPACE} would change the text: a run of two or a white space other than ' '. */
    private static boolean hasWhiteSpaceToCollapse(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = isRegexWhiteSpace(c);
            if (white && (previous || c != ' ')) {
                return true;
            }
            previous = white;
        }
        return false;
    }

    /**
     * Whether the text is only ASCII and CJK unified ideographs (U+4E00–U+9FFF): neither decomposes nor composes under
     * NFKC, and no ideograph has a case, so {@link #stableKey} folds it as {@link #fold} would.
     */
    private static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
    }
}
