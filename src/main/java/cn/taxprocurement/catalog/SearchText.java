package cn.taxprocurement.catalog;

import cn.taxprocurement.lib.catalogimport.ListingKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text of listings made searchable: {@link #tokens} turns text into the words of a FULLTEXT index that
 * works on MySQL 8 and MariaDB 10.11 alike without the ngram parser (which MariaDB lacks): every character and every
 * pair of neighbouring characters becomes a hex word (4 or 8 characters, so above the servers' minimum token size
 * of 3 and never a stop word). A query must then contain all the words of its own characters and pairs.
 */
final class SearchText {
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private SearchText() {}

    /** The index words of some texts read as one, so that "华为MateStation" finds brand 华为, model MateStation. */
    static String tokens(String... texts) {
        StringJoiner all = new StringJoiner(" ");
        for (String text : texts) {
            if (text != null) {
                all.add(text);
            }
        }
        return joinedWords(compact(all.toString()));
    }

    /**
     * The words of {@link #words}, space separated, in the same order, written straight into one char array: a
     * catalog import makes them for every row, and a string per word plus a set of strings cost more than the rest of
     * listing the row. A word is a char (single) or two chars (pair), so it is kept as a long in an open-addressing set.
     */
    private static String joinedWords(String chars) {
        int length = chars.length();
        if (length == 0) {
            return "";
        }
        int words = 2 * length - 1;
        long[] seen = new long[Integer.highestOneBit(words * 2 - 1) << 1];
        int mask = seen.length - 1;
        char[] out = new char[words * 9];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars.charAt(i);
            // single: 1 << 32 | c; pair: 2 << 32 | c << 16 | next; zero marks an empty slot
            if (firstTime(seen, mask, (1L << 32) | c)) {
                n = appendWord(out, n, c);
            }
            if (i + 1 < length) {
                char next = chars.charAt(i + 1);
                if (firstTime(seen, mask, (2L << 32) | ((long) c << 16) | next)) {
                    n = appendWord(out, n, c);
                    n = appendHex(out, n, next);
                }
            }
        }
        return new String(out, 0, n - 1);
    }

    private static boolean firstTime(long[] seen, int mask, long word) {
        int slot = Long.hashCode(word * 0x9E3779B97F4A7C15L) & mask;
        while (seen[slot] != 0) {
            if (seen[slot] == word) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        seen[slot] = word;
        return true;
    }

    /** Writes the hex of {@code c} then a space; returns the new length. */
    private static int appendWord(char[] out, int n, char c) {
        n = appendHexDigits(out, n, c);
        out[n++] = ' ';
        return n;
    }

    /** Extends the word just written (which ends with a space) by the hex of {@code c}, then a space. */
    private static int appendHex(char[] out, int n, char c) {
        return appendWord(out, n - 1, c);
    }

    private static int appendHexDigits(char[] out, int n, char c) {
        out[n++] = HEX_DIGITS[(c >> 12) & 0xf];
        out[n++] = HEX_DIGITS[(c >> 8) & 0xf];
        out[n++] = HEX_DIGITS[(c >> 4) & 0xf];
        out[n++] = HEX_DIGITS[c & 0xf];
        return n;
    }

    /**
     * The words a listing must have to match the query, or none when it has no letter or digit: each pair of
     * neighbouring characters, or the one character of a one-character query.
     */
    static List<String> required(String query) {
        String chars = compact(query);
        List<String> words = new ArrayList<>();
        if (chars.length() == 1) {
            words.add(chars);
        }
        for (int i = 0; i + 1 < chars.length(); i++) {
            words.add(chars.substring(i, i + 2));
        }
        return words;
    }

    /**
     * A listing's words for the search index, from its brand, model and specs read as one text: every character and
     * every pair of neighbouring characters, so that "华为MateStation" finds brand 华为, model MateStation.
     */
    static final class Words extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final String chars;
        private int at;
        private boolean pairNext;

        Words(String brand, String model, String specs) {
            chars = compact(brand + " " + model + " " + (specs == null ? "" : specs));
        }

        /** The character at {@code at}, then the pair it starts, then on to the next character. */
        @Override
        public boolean incrementToken() {
            if (at >= chars.length()) {
                return false;
            }
            clearAttributes();
            if (pairNext) {
                term.append(chars, at, at + 2);
                pairNext = false;
                at++;
            } else {
                term.append(chars, at, at + 1);
                pairNext = at + 1 < chars.length();
                if (!pairNext) {
                    at++;
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
            pairNext = false;
        }
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
        String key = ListingKey.fold(text);
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
