package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aListingsWordsAreEachCharacterAndPairOfItsTextInKeyForm() throws IOException {
        assertThat(words("Ａb 联", "", null)).containsExactly("a", "ab", "b", "b联", "联");
    }

    @Test
    void everyWordOfAQueryIsAmongTheWordsOfTextContainingIt() throws IOException {
        List<String> indexed = words("华为", "MateBook X Pro", "Intel Core i7，16GB");

        for (String query : new String[] {"华为", "为", "matebook", "ＭＡＴＥ", "book x", "i7", "16gb", "华为mate"}) {
            assertThat(SearchText.required(query)).as(query).isNotEmpty().isSubsetOf(indexed);
        }
        assertThat(indexed).doesNotContainAnyElementsOf(SearchText.required("联想"));
    }

    @Test
    void aQueryWithoutLettersOrDigitsRequiresNothing() {
        assertThat(SearchText.required(" -+* ")).isEmpty();
    }

    @Test
    void oneStreamServesOneListingAfterAnother() throws IOException {
        SearchText.Words stream = new SearchText.Words();

        List<String> first = read(stream.of("联想", "启天M430", "i5-10500"));
        List<String> second = read(stream.of("华为", "MateStation", null));

        assertThat(first).isEqualTo(words("联想", "启天M430", "i5-10500"));
        assertThat(second).isEqualTo(words("华为", "MateStation", null)).doesNotContain("联想");
    }

    private static List<String> words(String brand, String model, String specs) throws IOException {
        return read(new SearchText.Words().of(brand, model, specs));
    }

    private static List<String> read(SearchText.Words words) throws IOException {
        List<String> read = new ArrayList<>();
        try (SearchText.Words stream = words) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                read.add(term.toString());
            }
            stream.end();
        }
        return read;
    }
}
