package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rounds name their categories and count each category's listings, for officers and for the vendor listing in them. */
@QuarkusTest
class RoundPagesTest {
    private static final Actor OFFICER = new Actor("officer-round-pages", "officer-round-pages", Roles.OFFICER, null);
    private static final String VENDOR = "vendor-round-pages";

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProductService products;

    @Inject
    CatalogFixtures fixtures;

    private void roundWithListings(String name) {
        long roundId = rounds.open(OFFICER, new RoundRequests.Open(2060, name, List.of("A02010104", "A02010105")))
                .id();
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        Actor vendor = CatalogFixtures.vendor(subject);
        long first = products.list(
                        vendor,
                        new ProductRequests.Create(
                                roundId, "A02010104", "联想", "启天M430", "i5/8GB", new BigDecimal("4999.00")))
                .id();
        products.list(
                vendor,
                new ProductRequests.Create(roundId, "A02010104", "联想", "启天M440", "i5/16GB", new BigDecimal("5999.00")));
        products.approve(OFFICER, first);
    }

    @Test
    @TestSecurity(user = "officer-round-pages", roles = Roles.OFFICER)
    void theRoundsPageNamesEachCategoryAndCountsItsListings() {
        roundWithListings("2060 年品目计数");

        String page = given().when()
                .get("/officer/rounds")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String row = page.substring(page.indexOf("2060 年品目计数"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("A02010104</span> 台式计算机：2 个产品，其中已通过 1 个")
                .contains("A02010105</span> 便携式计算机：0 个产品，其中已通过 0 个");
        assertThat(given().cookie("lang", "en").when().get("/officer/rounds").asString())
                .contains("2 listings, 1 approved");
    }

    @Test
    @TestSecurity(user = VENDOR, roles = Roles.VENDOR)
    void aVendorsListingsNameTheirRoundAndCategory() {
        fixtures.activeVendor(VENDOR);
        long roundId = rounds.open(OFFICER, new RoundRequests.Open(2060, "2060 年供应商页面", List.of("A02010105")))
                .id();
        long listing = products.list(
                        CatalogFixtures.vendor(VENDOR),
                        new ProductRequests.Create(
                                roundId, "A02010105", "华为", "MateBook B5", "i7/16GB", new BigDecimal("6999.00")))
                .id();

        String page = given().when()
                .get("/vendor/products")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String row = page.substring(page.indexOf("id=\"listing-" + listing + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<td>2060 年供应商页面</td><td>A02010105 便携式计算机</td>");
        assertThat(page).contains("2060 年供应商页面（A02010105 便携式计算机）");
    }

    @Test
    @TestSecurity(user = "officer-round-pages", roles = Roles.OFFICER)
    void aRoundsCategoriesAreTickedByNameAndARefusedOpeningKeepsTheTicks() {
        String form = given().when().get("/officer/rounds").asString();
        assertThat(form)
                .contains("value=\"A02010104\" id=\"category-A02010104\"> <span class=\"code\">A02010104</span> 台式计算机")
                .doesNotContain("value=\"A0201\" ");

        String refused = ProjectFormsTest.post(
                        "/officer/rounds",
                        "/officer/rounds",
                        Map.of("year", "", "name", "2060 年勾选品目", "categoryCodes", List.of("A02010104", "A02010105")))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(refused)
                .contains("value=\"A02010104\" checked id=\"category-A02010104\"")
                .contains("value=\"A02010105\" checked id=\"category-A02010105\"")
                .contains("id=\"year-error\"");
        assertThat(rounds.list(null)).noneMatch(round -> round.name().equals("2060 年勾选品目"));

        ProjectFormsTest.post(
                        "/officer/rounds",
                        "/officer/rounds",
                        Map.of(
                                "year",
                                "2060",
                                "name",
                                "2060 年勾选品目",
                                "categoryCodes",
                                List.of("A02010104", "A02010105")))
                .then()
                .statusCode(200);
        assertThat(rounds.list(null))
                .filteredOn(round -> round.name().equals("2060 年勾选品目"))
                .singleElement()
                .satisfies(round -> assertThat(round.categoryCodes()).containsExactly("A02010104", "A02010105"));
    }
}
