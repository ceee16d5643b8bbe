package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void everyWordOfAQueryIsAmongTheIndexWordsOfTextContainingIt() {
        Set<String> indexed = Set.of(
                SearchText.tokens("华为", "MateBook X Pro", "Intel Core i7，16GB").split(" "));

        for (String query : new String[] {"华为", "为", "matebook", "ＭＡＴＥ", "book x", "i7", "16gb"}) {
            assertThat(required(query)).as(query).isSubsetOf(indexed);
        }
        assertThat(required("华为mate")).isSubsetOf(indexed);
        assertThat(indexed).doesNotContainAnyElementsOf(required("联想"));
    }

    @Test
    void indexWordsAreLongEnoughForTheDefaultFulltextParser() {
        assertThat(SearchText.tokens("a", "联想").split(" "))
                .allSatisfy(
                        word -> assertThat(word).hasSizeGreaterThanOrEqualTo(3).matches("[0-9a-f]+"));
    }

    @Test
    void aQueryWithoutLettersOrDigitsSearchesNothing() {
        assertThat(SearchText.booleanQuery(" -+* ")).isNull();
    }

    private static Set<String> required(String query) {
        return Arrays.stream(SearchText.booleanQuery(query).split(" "))
                .map(word -> word.substring(1))
                .collect(Collectors.toSet());
    }

    @Test
    void indexWordsAreTheHexCodesOfEachCharacterAndPairInKeyForm() {
        assertThat(SearchText.tokens("Ａb 联", null)).isEqualTo("0061 00610062 0062 00628054 8054");
    }
}
