package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.taxprocurement.embedded.DemoCatalog;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingSearchTest {
    @Inject
    DemoCatalog demo;

    @Inject
    EntityManager em;

    @Inject
    ListingIndex index;

    @Test
    void aReplicaIsReadyOnceItsListingIndexIsBuilt() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'listing-index' }.status", equalTo("UP"));
    }

    @Test
    void theIndexFindsTheListingsHavingEveryPairOfAQuerysCharactersForAThousandRandomQueriesOverTheDemoCatalog() {
        demo.load();
        List<?> listings = em.createNativeQuery("SELECT p.round_id, p.brand, p.model, p.specs, p.id FROM product p"
                        + " JOIN catalog_round r ON r.id = p.round_id WHERE r.round_year IN (2018, 2019) ORDER BY p.id")
                .getResultList();
        Random random = new Random(16);
        int finding = 0;
        for (int i = 0; i < 1000; i++) {
            Object[] listing = (Object[]) listings.get(random.nextInt(listings.size()));
            Object[] other = (Object[]) listings.get(random.nextInt(listings.size()));
            long roundId = ((Number) listing[0]).longValue();
            String query = query(random, text(listing), text(other));
            Set<Long> matching = matching(listings, roundId, query);
            assertThat(index.ids(new ProductFilter(roundId, null, null, null, null, query)))
                    .as("query [%s] in round %d", query, roundId)
                    .containsExactlyInAnyOrderElementsOf(matching);
            if (!matching.isEmpty()) {
                finding++;
            }
        }
        assertThat(finding).as("queries that find listings").isBetween(500, 990);
    }

    private static String text(Object[] listing) {
        return listing[1] + " " + listing[2] + " " + listing[3];
    }

    /**
     * What people type: part of a listing's text, sometimes in other case or full-width forms, with spaces or
     * punctuation, or joined with part of another listing's text, or a single character.
     */
    private static String query(Random random, String text, String other) {
        String query = part(random, text, 1 + random.nextInt(8));
        switch (random.nextInt(6)) {
            case 0 -> query = query.toUpperCase();
            case 1 -> query = fullWidth(query);
            case 2 ->
                query = query.replace("", random.nextBoolean() ? " " : "-").strip();
            case 3 -> query = query + part(random, other, 1 + random.nextInt(3));
            case 4 -> query = part(random, text, 1);
            default -> {}
        }
        return query;
    }

    private static String part(Random random, String text, int length) {
        int from = random.nextInt(text.length());
        return text.substring(from, Math.min(text.length(), from + length));
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    /**
     * The listings of the round the rule finds, read by itself: those whose brand, model and specs, folded and kept to
     * letters and digits, contain every pair of neighbouring characters of the query (or its one character).
     */
    private static Set<Long> matching(List<?> listings, long roundId, String query) {
        String wanted = lettersAndDigits(query);
        Set<Long> found = new HashSet<>();
        for (Object row : listings) {
            Object[] listing = (Object[]) row;
            String text = lettersAndDigits(text(listing));
            boolean matches = ((Number) listing[0]).longValue() == roundId
                    && (wanted.length() == 1
                            ? text.contains(wanted)
                            : IntStream.range(0, Math.max(0, wanted.length() - 1))
                                    .allMatch(i -> text.contains(wanted.substring(i, i + 2))));
            if (matches) {
                found.add(((Number) listing[4]).longValue());
            }
        }
        return found;
    }

    private static String lettersAndDigits(String text) {
        return ListingKey.fold(text)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
