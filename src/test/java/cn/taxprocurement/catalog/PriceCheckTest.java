package cn.taxprocurement.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PriceCheckTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ProductService products;

    @Inject
    EntityManager em;

    /**
     * One round: 启天M430 by four vendors at 4,500, 4,600, 4,800 and 12,000 (and a rejected one at 100); 擎云W515 by two
     * vendors at 3,000 and 9,000, too few for a model median; a server with no peers.
     */
    record KnownSet(
            long roundId,
            long m430At4500,
            long m430At12000,
            long w515At9000,
            long w585At100,
            long rejectedAt100,
            long server) {}

    private KnownSet knownSet() {
        String v1 = vendor(), v2 = vendor(), v3 = vendor(), v4 = vendor(), v5 = vendor(), v6 = vendor();
        long roundId = fixtures.openRound(2046, DESKTOP, SERVER);
        long m430At4500 = list(v1, roundId, DESKTOP, "联想", "启天M430", "4500");
        list(v2, roundId, DESKTOP, "联想", "启天M430", "4600");
        list(v3, roundId, DESKTOP, " 联想", "启天Ｍ430", "4800");
        long m430At12000 = list(v4, roundId, DESKTOP, "联想", "启天m430", "12000");
        long rejectedAt100 = list(v6, roundId, DESKTOP, "联想", "启天M430", "100");
        fixtures.reject(rejectedAt100);
        list(v1, roundId, DESKTOP, "华为", "擎云W515", "3000");
        long w515At9000 = list(v5, roundId, DESKTOP, "华为", "擎云W515", "9000");
        long w585At100 = list(v5, roundId, DESKTOP, "华为", "擎云W585", "100");
        long server = list(v2, roundId, SERVER, "浪潮", "NF5270M6", "50000");
        return new KnownSet(roundId, m430At4500, m430At12000, w515At9000, w585At100, rejectedAt100, server);
    }

    private String vendor() {
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        return subject;
    }

    private long list(String subject, long roundId, String category, String brand, String model, String price) {
        return products.list(
                        CatalogFixtures.vendor(subject),
                        new ProductRequests.Create(roundId, category, brand, model, "标准配置", new BigDecimal(price)))
                .id();
    }

    private static JsonPath listings(long roundId, Map<String, ?> query) {
        Map<String, Object> params = new HashMap<>(Map.of("roundId", roundId, "size", 200));
        params.putAll(query);
        return given().queryParams(params)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> check(JsonPath page, long id) {
        return page.getMap("items.find { it.id == " + id + " }.priceCheck");
    }

    @Test
    @TestSecurity(user = "officer-pck-values", roles = "officer")
    void eachListingIsCheckedAgainstOtherVendorsOfItsModelOrWithFewerThanThreeAgainstItsCategory() {
        KnownSet set = knownSet();
        JsonPath page = listings(set.roundId(), Map.of());

        // Other vendors of 启天M430, however spelled, live ones only: 4,600, 4,800, 12,000.
        assertThat(check(page, set.m430At4500()))
                .containsEntry("peerCount", 3)
                .containsEntry("peerMedian", 4800.00f)
                .containsEntry("ratio", 0.94f)
                .containsEntry("flagged", false);
        // 4,500, 4,600, 4,800: 12,000 is 2.61 times the median.
        assertThat(check(page, set.m430At12000()))
                .containsEntry("peerCount", 3)
                .containsEntry("peerMedian", 4600.00f)
                .containsEntry("ratio", 2.61f)
                .containsEntry("flagged", true);
        // One other vendor of 擎云W515: the category's other vendors instead, 3,000 4,500 4,600 4,800 12,000 (its
        // own 擎云W585 is not a peer).
        assertThat(check(page, set.w515At9000()))
                .containsEntry("peerCount", 5)
                .containsEntry("peerMedian", 4600.00f)
                .containsEntry("ratio", 1.96f)
                .containsEntry("flagged", true);
        assertThat(check(page, set.w585At100())).containsEntry("ratio", 0.02f).containsEntry("flagged", true);
        assertThat(check(page, set.server()))
                .containsEntry("peerCount", 0)
                .containsEntry("peerMedian", null)
                .containsEntry("ratio", null)
                .containsEntry("flagged", false);
    }

    @Test
    @TestSecurity(user = "officer-pck-filter", roles = "officer")
    void theFlaggedFilterKeepsTheListingsWhoseCheckIsOrIsNotFlagged() {
        KnownSet set = knownSet();

        JsonPath flagged = listings(set.roundId(), Map.of("flagged", "true", "status", "SUBMITTED"));
        assertThat(flagged.getList("items.id", Long.class))
                .containsExactly(set.w585At100(), set.w515At9000(), set.m430At12000());
        assertThat(flagged.getInt("total")).isEqualTo(3);
        assertThat(flagged.getList("items.priceCheck.flagged", Boolean.class)).containsOnly(true);

        JsonPath notFlagged = listings(set.roundId(), Map.of("flagged", "false", "status", "SUBMITTED"));
        assertThat(notFlagged.getInt("total")).isEqualTo(5);
        assertThat(notFlagged.getList("items.id", Long.class))
                .contains(set.m430At4500(), set.server())
                .doesNotContain(set.m430At12000(), set.rejectedAt100());

        JsonPath secondPage =
                listings(set.roundId(), Map.of("flagged", "true", "status", "SUBMITTED", "size", 2, "page", 1));
        assertThat(secondPage.getList("items.id", Long.class)).containsExactly(set.m430At12000());
        given().queryParam("flagged", "maybe")
                .get("/api/v1/products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("flagged"));
    }

    @Test
    @TestSecurity(user = "officer-pck-approve", roles = "officer")
    void aFlaggedListingIsApprovedOnlyWithAReasonWhichIsAudited() {
        KnownSet set = knownSet();

        given().contentType(ContentType.JSON)
                .post("/api/v1/products/{id}/approve", set.m430At12000())
                .then()
                .statusCode(400)
                .body("code", equalTo("FLAGGED_PRICE_REASON_REQUIRED"))
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "  "))
                .post("/api/v1/products/{id}/approve", set.m430At12000())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().get("/api/v1/products/{id}/price-history", set.m430At12000())
                .then()
                .body("size()", equalTo(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "含三年上门保修，经核实价格合理"))
                .post("/api/v1/products/{id}/approve", set.m430At12000())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().contentType(ContentType.JSON)
                .post("/api/v1/products/{id}/approve", set.m430At4500())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));

        Object summary = em.createNativeQuery("SELECT summary FROM audit_event WHERE entity_type = 'Product'"
                        + " AND entity_id = ?1 AND action = 'PRODUCT_APPROVED'")
                .setParameter(1, String.valueOf(set.m430At12000()))
                .getSingleResult();
        assertThat((String) summary).contains("价格异常", "2.61", "含三年上门保修，经核实价格合理");
        given().get("/api/v1/products/{id}/price-history", set.m430At12000())
                .then()
                .body("unitPrice", containsInAnyOrder(12000.00f))
                .body("approvedBy", everyItem(equalTo("officer-pck-approve")));
    }

    @Test
    @TestSecurity(user = "manager-pck", roles = "manager")
    void aManagerSeesListingsWithoutTheirPriceCheck() {
        KnownSet set = knownSet();
        given().queryParam("roundId", set.roundId())
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items", everyItem(not(hasKey("priceCheck"))))
                .body("items.suspendReason", everyItem(nullValue()));
    }

    @Test
    @TestSecurity(user = "vendor-pck-own", roles = "vendor")
    void aVendorNeverSeesThePriceCheckOfItsOwnListings() {
        fixtures.activeVendor("vendor-pck-own");
        String other = vendor();
        long roundId = fixtures.openRound(2046, DESKTOP);
        list(other, roundId, DESKTOP, "联想", "启天M430", "4500");
        list("vendor-pck-own", roundId, DESKTOP, "联想", "启天M430", "20000");
        given().queryParam("roundId", roundId)
                .get("/api/v1/vendors/me/products")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items", everyItem(not(hasKey("priceCheck"))));
    }
}
