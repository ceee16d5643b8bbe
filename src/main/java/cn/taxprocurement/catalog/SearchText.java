package cn.taxprocurement.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Text of listings made comparable and searchable. {@link #key} folds case and full/half width (NFKC) so that
 * "ＴｈｉｎｋＰａｄ" and "thinkpad" are one brand. {@link #tokens} turns text into the words of a FULLTEXT index that
 * works on MySQL 8 and MariaDB 10.11 alike without the ngram parser (which MariaDB lacks): every character and every
 * pair of neighbouring characters becomes a hex word (4 or 8 characters, so above the servers' minimum token size
 * of 3 and never a stop word). A query must then contain all the words of its own characters and pairs.
 */
final class SearchText {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private SearchText() {}

    /** NFKC, stripped, lower case, inner white space collapsed: the form in which two spellings are equal. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .transform(stripped -> WHITE_SPACE.matcher(stripped).replaceAll(" "))
                .toLowerCase(Locale.ROOT);
    }

    /** The index words of some texts read as one, so that "华为MateStation" finds brand 华为, model MateStation. */
    static String tokens(String... texts) {
        StringJoiner all = new StringJoiner(" ");
        for (String text : texts) {
            if (text != null) {
                all.add(text);
            }
        }
        return String.join(" ", words(all.toString()));
    }

    /**
     * A BOOLEAN MODE query that finds texts containing {@code query}, or null when the query has no letter or
     * digit. Each pair of neighbouring characters is required; a one-character query requires that character.
     */
    static String booleanQuery(String query) {
        Set<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        String chars = compact(query);
        StringJoiner joiner = new StringJoiner(" ");
        if (chars.length() == 1) {
            joiner.add("+" + hex(chars.charAt(0)));
        } else {
            for (int i = 0; i + 1 < chars.length(); i++) {
                joiner.add("+" + hex(chars.charAt(i)) + hex(chars.charAt(i + 1)));
            }
        }
        return joiner.toString();
    }

    private static Set<String> words(String text) {
        String chars = compact(text);
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < chars.length(); i++) {
            String word = hex(chars.charAt(i));
            words.add(word);
            if (i + 1 < chars.length()) {
                words.add(word + hex(chars.charAt(i + 1)));
            }
        }
        return words;
    }

    /** The letters and digits of the text in key form: punctuation and spaces do not separate what people search. */
    private static String compact(String text) {
        String key = key(text);
        StringBuilder kept = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); ) {
            int codePoint = key.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** Four lower-case hex digits; a lookup, since catalog imports make words for every character of every row. */
    private static String hex(char c) {
        return new String(new char[] {
            HEX_DIGITS[(c >> 12) & 0xf], HEX_DIGITS[(c >> 8) & 0xf], HEX_DIGITS[(c >> 4) & 0xf], HEX_DIGITS[c & 0xf]
        });
    }
}
