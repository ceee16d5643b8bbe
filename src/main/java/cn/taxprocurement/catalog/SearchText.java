package cn.taxprocurement.catalog;

import cn.taxprocurement.lib.catalogimport.ListingKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How free text finds listings. A listing's text is its brand, model and specs read as one, in key form (see
 * {@link ListingKey#fold}), keeping letters and digits only: spaces and punctuation do not separate what people
 * search. Its words are every character and every pair of neighbouring characters, which finds Chinese without a
 * dictionary. A query finds the listings that have every pair of its own neighbouring characters, or its one
 * character.
 */
final class SearchText {
    private SearchText() {}

    /** The words a listing must have to match the query: none when the query has no letter or digit. */
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
     * A listing's words for the search index, so that "华为MateStation" finds brand 华为, model MateStation. One stream
     * serves one listing after another, as an analyzer reuses its streams: setting up a stream's attributes took a
     * tenth of the index's time.
     */
    static final class Words extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String chars = "";
        private int at;
        private boolean pairNext;

        /** The words of this listing come next. */
        Words of(String brand, String model, String specs) {
            chars = compact(brand + " " + model + " " + (specs == null ? "" : specs));
            return this;
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
}
