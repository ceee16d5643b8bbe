package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.Shortlisted;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The catalog pages: a buyer filters the shortlisted catalog, picks listings, compares them and goes on to buy. */
@QuarkusTest
class CatalogPagesTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Shortlisted shortlisted;

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().body().asString();
    }

    private static String pick(long id) {
        return "name=\"ids\" value=\"" + id + "\"";
    }

    @Test
    @TestSecurity(user = "catalog-page-officer", roles = Roles.OFFICER)
    void anOfficerFiltersTheCatalogByPriceSortsItAndPicksListingsToCompare() {
        long roundId = fixtures.openRound(2075, DESKTOP);
        String vendor = shortlisted.vendor("page");
        long cheap = shortlisted.approved(vendor, roundId, DESKTOP, "P-3000", "3000.00");
        long middle = shortlisted.approved(vendor, roundId, DESKTOP, "P-5000", "5000.00");
        long dear = shortlisted.approved(vendor, roundId, DESKTOP, "P-8000", "8000.00");

        String html = page("/catalog?roundId=" + roundId + "&categoryCode=" + DESKTOP + "&minPrice=4000&sort=-price");
        assertThat(html)
                .contains("id=\"catalog-search\"", "name=\"q\"", "name=\"minPrice\"", "name=\"maxPrice\"")
                .contains("<option value=\"" + DESKTOP + "\" selected>台式计算机</option>")
                .contains("<option value=\"-price\" selected>价格从高到低</option>")
                .contains("<form method=\"get\" action=\"/catalog/compare\" id=\"compare-form\">")
                .contains("共找到 2 个产品")
                .contains(pick(middle), pick(dear), "¥8,000.00")
                .doesNotContain(pick(cheap));
        assertThat(html.indexOf(pick(dear))).isLessThan(html.indexOf(pick(middle)));

        String refused = page("/catalog?minPrice=9000&maxPrice=100");
        assertThat(refused).contains("最低价 9000 不能高于最高价 100").doesNotContain("id=\"compare-form\"");
    }

    @Test
    @TestSecurity(user = "catalog-page-compare", roles = Roles.OFFICER)
    void anOfficerComparesListingsOfThreeVendorsAndMayOrderEachOrStartACompetition() {
        long roundId = fixtures.openRound(2075, DESKTOP, SERVER);
        long a = shortlisted.approved(shortlisted.vendor("pc1"), roundId, DESKTOP, "PC-A", "5100.00");
        long b = shortlisted.approved(shortlisted.vendor("pc2"), roundId, DESKTOP, "PC-B", "4900.00");
        long c = shortlisted.approved(shortlisted.vendor("pc3"), roundId, DESKTOP, "PC-C", "5300.00");
        long server = shortlisted.approved(shortlisted.vendor("pc4"), roundId, SERVER, "PC-S", "68000.00");

        String three = page("/catalog/compare?ids=" + a + "&ids=" + b + "&ids=" + c);
        assertThat(three)
                .contains("href=\"/officer/orders/new?productId=" + a + "\"")
                .contains("href=\"/officer/orders/new?productId=" + c + "\"")
                .contains("直接选定下单", "¥4,900.00", "台式计算机")
                .contains("href=\"/officer/competitions/new?categoryCode=" + DESKTOP + "&amp;productIds=" + a + "," + b
                        + "," + c + "\"");

        String mixed = page("/catalog/compare?ids=" + a + "," + b + "," + server);
        assertThat(mixed).contains("直接选定下单").doesNotContain("/officer/competitions/new");

        String five = given().when()
                .get("/catalog/compare?ids=" + a + "&ids=" + b + "&ids=" + c + "&ids=" + server + "&ids="
                        + (server + 1))
                .then()
                .statusCode(400)
                .extract()
                .body()
                .asString();
        assertThat(five).contains("请选择 2 到 4 个产品进行对比").doesNotContain("/officer/orders/new");

        assertThat(three).contains("价格记录").doesNotContain("不向其他供应商显示");
        assertThat(page("/catalog/" + a))
                .contains("PC-A", "¥5,100.00", "href=\"/officer/orders/new?productId=" + a + "\"")
                .contains("<table id=\"price-history\">", CatalogFixtures.OFFICER.name());
    }

    @Test
    @TestSecurity(user = "catalog-page-vendor", roles = Roles.VENDOR)
    void aVendorBrowsesAndComparesTheCatalogButIsOfferedNoOrderAndNoListingOutsideIt() {
        long roundId = fixtures.openRound(2076, DESKTOP);
        String vendor = shortlisted.vendor("pv");
        long a = shortlisted.approved(vendor, roundId, DESKTOP, "PV-A", "5100.00");
        long b = shortlisted.approved(vendor, roundId, DESKTOP, "PV-B", "4900.00");
        long waiting = shortlisted.submitted(vendor, roundId, DESKTOP, "PV-W", "4800.00");

        assertThat(page("/catalog?roundId=" + roundId))
                .contains(pick(a), pick(b))
                .doesNotContain(pick(waiting));
        assertThat(page("/catalog/compare?ids=" + a + "," + b))
                .contains("PV-A", "PV-B", "不向其他供应商显示")
                .doesNotContain("/officer/orders/new", "/officer/competitions/new");
        given().when().get("/catalog/" + waiting).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "catalog-page-home", roles = Roles.OFFICER)
    void theCatalogIsAnOfficersFirstLinkAndTheHomePagesMainCall() {
        String home = page("/");
        String nav = home.substring(home.indexOf("<nav"), home.indexOf("</nav>"));
        assertThat(nav.substring(nav.indexOf("<a "))).startsWith("<a href=\"/catalog\"");
        assertThat(home).contains("<a class=\"button\" href=\"/catalog\" id=\"home-catalog\">浏览入围产品目录</a>");
    }
}
