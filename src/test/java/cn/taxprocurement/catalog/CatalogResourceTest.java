package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shortlisted catalog as buyers browse it: price range, order, bounded total, listings compared side by side. */
@QuarkusTest
class CatalogResourceTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Shortlisted shortlisted;

    @Inject
    PriceChangeService prices;

    private static ValidatableResponse catalog(Map<String, ?> query) {
        return given().queryParams(query).when().get("/api/v1/catalog").then();
    }

    private static ValidatableResponse compare(String ids) {
        return given().queryParam("ids", ids)
                .when()
                .get("/api/v1/catalog/compare")
                .then();
    }

    /** Ids as JSON numbers read back. */
    private static Integer[] boxed(long... ids) {
        return Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
    }

    @Test
    @TestSecurity(user = "catalog-price-range", roles = Roles.MANAGER)
    void thePriceRangeInYuanTakesListingsWithinItsBoundsAndOnlyApprovedOnes() {
        long roundId = fixtures.openRound(2071, DESKTOP);
        String vendor = shortlisted.vendor("range");
        long cheap = shortlisted.approved(vendor, roundId, DESKTOP, "R-3000", "3000.00");
        long middle = shortlisted.approved(vendor, roundId, DESKTOP, "R-5000", "5000.00");
        long dear = shortlisted.approved(vendor, roundId, DESKTOP, "R-8000", "8000.00");
        shortlisted.submitted(vendor, roundId, DESKTOP, "R-6000", "6000.00");

        catalog(Map.of("roundId", roundId, "minPrice", "5000", "maxPrice", "8000"))
                .statusCode(200)
                .body("items.id", contains(boxed(dear, middle)))
                .body("total", equalTo(2))
                .body("totalIsLowerBound", equalTo(false));
        catalog(Map.of("roundId", roundId, "maxPrice", "4999.99"))
                .statusCode(200)
                .body("items.id", contains(boxed(cheap)));
        catalog(Map.of("roundId", roundId, "minPrice", "0")).statusCode(200).body("total", equalTo(3));
    }

    @Test
    @TestSecurity(user = "catalog-sort", roles = Roles.VENDOR)
    void theCatalogIsNewestFirstUnlessSortedByPriceEitherWayWithEqualPricesInTheirIdsOrder() {
        long roundId = fixtures.openRound(2071, DESKTOP);
        String vendor = shortlisted.vendor("sort");
        long a = shortlisted.approved(vendor, roundId, DESKTOP, "S-A", "5000.00");
        long b = shortlisted.approved(vendor, roundId, DESKTOP, "S-B", "3000.00");
        long c = shortlisted.approved(vendor, roundId, DESKTOP, "S-C", "5000.00");
        long d = shortlisted.approved(vendor, roundId, DESKTOP, "S-D", "9000.00");

        catalog(Map.of("roundId", roundId)).statusCode(200).body("items.id", contains(boxed(d, c, b, a)));
        catalog(Map.of("roundId", roundId, "sort", "newest"))
                .statusCode(200)
                .body("items.id", contains(boxed(d, c, b, a)));
        catalog(Map.of("roundId", roundId, "sort", "price"))
                .statusCode(200)
                .body("items.id", contains(boxed(b, a, c, d)));
        catalog(Map.of("roundId", roundId, "sort", "-price"))
                .statusCode(200)
                .body("items.id", contains(boxed(d, c, a, b)));
        catalog(Map.of("roundId", roundId, "sort", "price", "size", 2, "page", 1))
                .statusCode(200)
                .body("items.id", contains(boxed(c, d)))
                .body("total", equalTo(4));
    }

    @Test
    @TestSecurity(user = "catalog-bad-price", roles = Roles.OFFICER)
    void aMalformedNegativeOrTooPrecisePriceAndARangeWhoseMinimumIsAboveItsMaximumAreRefusedWith400() {
        for (Map<String, String> query : List.of(
                Map.of("minPrice", "五千"),
                Map.of("minPrice", "-1"),
                Map.of("minPrice", "10.001"),
                Map.of("minPrice", "1000000000"))) {
            catalog(query)
                    .statusCode(400)
                    .body("code", equalTo("PRICE_FILTER_INVALID"))
                    .body("errors[0].field", equalTo("minPrice"));
        }
        catalog(Map.of("maxPrice", "-0.01"))
                .statusCode(400)
                .body("code", equalTo("PRICE_FILTER_INVALID"))
                .body("errors[0].field", equalTo("maxPrice"));
        catalog(Map.of("minPrice", "9000", "maxPrice", "100"))
                .statusCode(400)
                .body("code", equalTo("PRICE_RANGE_INVERTED"))
                .body("errors[0].field", equalTo("minPrice"));
        catalog(Map.of("minPrice", "100", "maxPrice", "100")).statusCode(200);
    }

    @Test
    @TestSecurity(user = "catalog-bad-sort", roles = Roles.AUDITOR)
    void anUnknownOrderIsRefusedWith400NamingTheOrdersThereAre() {
        catalog(Map.of("sort", "cheapest"))
                .statusCode(400)
                .body("code", equalTo("CATALOG_SORT_UNKNOWN"))
                .body("errors[0].field", equalTo("sort"))
                .body("detail", containsString("newest, price, -price"));
        catalog(Map.of("sort", "PRICE")).statusCode(400).body("code", equalTo("CATALOG_SORT_UNKNOWN"));
    }

    @Test
    @TestSecurity(user = "catalog-large", roles = Roles.OFFICER)
    void beyondTenThousandListingsTheTotalIsTenThousandAndSaysItIsALowerBound() {
        String category = String.format("C%010d", System.nanoTime() % 10_000_000_000L);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", category, "name", "批量测试品目"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        long roundId = fixtures.openRound(2043, category);
        shortlisted.bulkApproved(
                Vendors.anActiveVendor("catalog-large-" + System.nanoTime()), roundId, category, 10_001);

        catalog(Map.of("roundId", roundId, "sort", "price"))
                .statusCode(200)
                .body("total", equalTo(10_000))
                .body("totalIsLowerBound", equalTo(true))
                .body("items", hasSize(20))
                .body("items[0].unitPrice", equalTo(1.00f));
        catalog(Map.of("roundId", roundId, "maxPrice", "10000"))
                .statusCode(200)
                .body("total", equalTo(10_000))
                .body("totalIsLowerBound", equalTo(false));
        catalog(Map.of("roundId", roundId, "minPrice", "2"))
                .statusCode(200)
                .body("total", equalTo(10_000))
                .body("totalIsLowerBound", equalTo(false));
        // Other lists keep counting exactly, and say so.
        given().queryParam("roundId", roundId)
                .when()
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(10_001))
                .body("totalIsLowerBound", equalTo(false));
    }

    @Test
    @TestSecurity(user = "catalog-compare", roles = Roles.VENDOR)
    void twoToFourListingsAreComparedSideBySideInTheOrderAsked() {
        long roundId = fixtures.openRound(2073, DESKTOP, SERVER);
        String first = shortlisted.vendor("cmp1");
        String second = shortlisted.vendor("cmp2");
        String third = shortlisted.vendor("cmp3");
        long a = shortlisted.approved(first, roundId, DESKTOP, "C-A", "5100.00");
        long b = shortlisted.approved(second, roundId, DESKTOP, "C-B", "4900.00");
        long c = shortlisted.approved(third, roundId, DESKTOP, "C-C", "5300.00");
        long d = shortlisted.approved(first, roundId, DESKTOP, "C-D", "6100.00");
        long server = shortlisted.approved(second, roundId, SERVER, "C-S", "68000.00");

        compare(b + "," + a)
                .statusCode(200)
                .body("listings.id", contains(boxed(b, a)))
                .body("listings[0].model", equalTo("C-B"))
                .body("listings[0].unitPrice", equalTo(4900.00f))
                .body("listings[0].categoryName", equalTo("台式计算机"))
                .body("categoryCode", equalTo(DESKTOP))
                .body("vendorCount", equalTo(2))
                .body("competitionPossible", equalTo(false));
        compare(a + "," + b + "," + c + "," + d)
                .statusCode(200)
                .body("listings.id", contains(boxed(a, b, c, d)))
                .body("vendorCount", equalTo(3))
                .body("competitionPossible", equalTo(true));
        compare(a + "," + b + "," + c + "," + server)
                .statusCode(200)
                .body("categoryCode", nullValue())
                .body("competitionPossible", equalTo(false));
    }

    @Test
    @TestSecurity(user = "catalog-compare-count", roles = Roles.OFFICER)
    void fewerThanTwoOrMoreThanFourListingsOrIdsThatAreNotNumbersAreRefusedWith400() {
        long roundId = fixtures.openRound(2073, DESKTOP);
        String vendor = shortlisted.vendor("count");
        long[] ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shortlisted.approved(vendor, roundId, DESKTOP, "N-" + i, "5000.00");
        }

        for (String refused : new String[] {
            String.valueOf(ids[0]),
            ids[0] + "," + ids[0],
            ids[0] + "," + ids[1] + "," + ids[2] + "," + ids[3] + "," + ids[4],
            ids[0] + ",二",
            ids[0] + ",," + ids[1],
            ""
        }) {
            compare(refused)
                    .statusCode(400)
                    .body("code", equalTo("COMPARE_IDS_INVALID"))
                    .body("errors[0].field", equalTo("ids"));
        }
        given().when()
                .get("/api/v1/catalog/compare")
                .then()
                .statusCode(400)
                .body("code", equalTo("COMPARE_IDS_INVALID"));
        compare(ids[0] + "," + ids[1] + "," + ids[2] + "," + ids[3]).statusCode(200);
    }

    @Test
    @TestSecurity(user = "catalog-compare-missing", roles = Roles.OFFICER)
    void aListingNotApprovedOrUnknownIsNotFoundInAComparison() {
        long roundId = fixtures.openRound(2044, DESKTOP);
        String vendor = shortlisted.vendor("missing");
        long approved = shortlisted.approved(vendor, roundId, DESKTOP, "M-A", "5000.00");
        long waiting = shortlisted.submitted(vendor, roundId, DESKTOP, "M-W", "5000.00");
        long rejected = shortlisted.submitted(vendor, roundId, DESKTOP, "M-R", "5000.00");
        fixtures.reject(rejected);

        for (long other : new long[] {waiting, rejected, 987_654_321L}) {
            compare(approved + "," + other)
                    .statusCode(404)
                    .body("code", equalTo("NOT_IN_CATALOG"))
                    .body("detail", containsString(String.valueOf(other)));
        }
    }

    @Test
    @TestSecurity(user = "catalog-history-vendor", roles = Roles.VENDOR)
    void eachComparedListingCarriesItsPriceHistoryOldestFirstAndAVendorReadsOnlyItsOwn() {
        long roundId = fixtures.openRound(2077, DESKTOP);
        fixtures.activeVendor("catalog-history-vendor");
        long own = shortlisted.approved("catalog-history-vendor", roundId, DESKTOP, "H-OWN", "5200.00");
        String other = shortlisted.vendor("history");
        long others = shortlisted.approved(other, roundId, DESKTOP, "H-OTHER", "5000.00");
        long cut = prices.propose(
                        CatalogFixtures.vendor(other),
                        others,
                        new PriceRequests.Propose(new BigDecimal("4800.00"), "年末让利"))
                .id();
        prices.approve(CatalogFixtures.OFFICER, cut);

        compare(own + "," + others)
                .statusCode(200)
                .body("listings[0].priceHistory.unitPrice", contains(5200.00f))
                .body("listings[1].unitPrice", equalTo(4800.00f))
                .body("listings[1].priceHistory", nullValue());
    }

    @Test
    @TestSecurity(user = "catalog-history-officer", roles = Roles.OFFICER)
    void anOfficerReadsEveryComparedListingsPriceHistory() {
        long roundId = fixtures.openRound(2077, DESKTOP);
        String first = shortlisted.vendor("history-a");
        String second = shortlisted.vendor("history-b");
        long a = shortlisted.approved(first, roundId, DESKTOP, "HO-A", "5000.00");
        long b = shortlisted.approved(second, roundId, DESKTOP, "HO-B", "5100.00");
        long cut = prices.propose(
                        CatalogFixtures.vendor(first), a, new PriceRequests.Propose(new BigDecimal("4700.00"), "年末让利"))
                .id();
        prices.approve(CatalogFixtures.OFFICER, cut);

        compare(a + "," + b)
                .statusCode(200)
                .body("listings[0].priceHistory.unitPrice", contains(5000.00f, 4700.00f))
                .body("listings[0].priceHistory[1].approvedBy", equalTo(CatalogFixtures.OFFICER.name()))
                .body("listings[1].priceHistory.unitPrice", contains(5100.00f));
    }
}
