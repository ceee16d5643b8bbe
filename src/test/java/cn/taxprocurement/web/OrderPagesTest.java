package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.order.CompetitionRequests;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.OrderRequests;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order and competition pages read as officers and vendors see them. */
@QuarkusTest
class OrderPagesTest {
    private static final String DESKTOP = "A02010104";
    private static final Actor OFFICER = new Actor("page-officer", "page-officer", Roles.OFFICER, null, "国家税务总局");

    @Inject
    CatalogFixtures catalog;

    @Inject
    OrderService orders;

    @Inject
    CompetitionService competitions;

    private static int thisYear() {
        return Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** Three vendors' approved desktops of this year: the first of them is the vendor {@code order-page-vendor}. */
    private List<Long> listings(String firstVendor) {
        long round = catalog.openRound(thisYear(), DESKTOP);
        String second = CatalogFixtures.newSubject();
        String third = CatalogFixtures.newSubject();
        catalog.activeVendor(firstVendor);
        catalog.activeVendor(second);
        catalog.activeVendor(third);
        return List.of(
                catalog.approvedListing(firstVendor, round, DESKTOP, "页面", "P-1"),
                catalog.approvedListing(second, round, DESKTOP, "页面", "P-2"),
                catalog.approvedListing(third, round, DESKTOP, "页面", "P-3"));
    }

    @Test
    @TestSecurity(user = "page-officer", roles = "officer")
    void anOfficerSeesItsUnitsOrdersAnOrdersLinesAndTheFormsToBuy() {
        List<Long> listings = listings(CatalogFixtures.newSubject());
        long id = orders.place(
                        OFFICER,
                        new OrderRequests.Place(List.of(new OrderRequests.Line(listings.get(0), 2)), "北京市海淀区", null))
                .id();
        given().get("/officer/orders")
                .then()
                .statusCode(200)
                .body(allOf(containsString("本单位订单"), containsString("/officer/orders/" + id)));
        given().get("/officer/orders/" + id)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("挂牌单价"),
                        containsString("¥9,998.00"),
                        containsString("action=\"/officer/orders/" + id + "/cancel\""),
                        containsString("name=\"confirmed\""),
                        not(containsString("/accept\""))));
        given().queryParam("productId", listings.get(0))
                .get("/officer/orders/new")
                .then()
                .statusCode(200)
                .body(allOf(containsString("¥200,000.00"), containsString("P-1")));
        given().queryParam("categoryCode", DESKTOP)
                .queryParam("productIds", listings.get(0) + "," + listings.get(1) + "," + listings.get(2))
                .get("/officer/competitions/new")
                .then()
                .statusCode(200)
                .body(allOf(containsString("P-2"), containsString("P-3"), containsString("type=\"datetime-local\"")));
    }

    @Test
    @TestSecurity(user = "order-page-vendor", roles = "vendor")
    void aVendorSeesItsOrdersWithTheirStepsAndQuotesInACompetitionItIsInvitedTo() {
        List<Long> listings = listings("order-page-vendor");
        orders.place(
                OFFICER, new OrderRequests.Place(List.of(new OrderRequests.Line(listings.get(0), 1)), "北京市海淀区", null));
        long competition = competitions
                .start(
                        OFFICER,
                        new CompetitionRequests.Start(
                                "页面二次竞价",
                                DESKTOP,
                                10,
                                "标准配置",
                                listings,
                                OffsetDateTime.now().plusDays(1),
                                null))
                .id();
        given().get("/vendor/orders")
                .then()
                .statusCode(200)
                .body(allOf(containsString("确认订单"), containsString("拒绝订单")));
        given().get("/vendor/competitions")
                .then()
                .statusCode(200)
                .body(containsString("/vendor/competitions/" + competition));
        given().get("/vendor/competitions/" + competition)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("action=\"/vendor/competitions/" + competition + "/quotes\""),
                        containsString("P-1"),
                        not(containsString("页面 P-2"))));
    }
}
