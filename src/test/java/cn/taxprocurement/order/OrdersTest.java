package cn.taxprocurement.order;

import static cn.taxprocurement.order.Shortlist.AUDITOR;
import static cn.taxprocurement.order.Shortlist.DESKTOP;
import static cn.taxprocurement.order.Shortlist.GUANGDONG;
import static cn.taxprocurement.order.Shortlist.HEAD_OFFICE;
import static cn.taxprocurement.order.Shortlist.OFFICER;
import static cn.taxprocurement.order.Shortlist.OFFICER_GD;
import static cn.taxprocurement.order.Shortlist.THIS_YEAR;
import static cn.taxprocurement.order.Shortlist.VENDOR_A;
import static cn.taxprocurement.order.Shortlist.VENDOR_B;
import static cn.taxprocurement.order.Shortlist.approved;
import static cn.taxprocurement.order.Shortlist.as;
import static cn.taxprocurement.order.Shortlist.order;
import static cn.taxprocurement.order.Shortlist.place;
import static cn.taxprocurement.order.Shortlist.placed;
import static cn.taxprocurement.order.Shortlist.round;
import static cn.taxprocurement.order.Shortlist.step;
import static cn.taxprocurement.order.Shortlist.submitted;
import static cn.taxprocurement.order.Shortlist.vendor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrdersTest {

    @Test
    void anOrderGoesFromPlacedThroughConfirmedAndDeliveredToAcceptedAndEveryStepIsAudited() {
        long vendorA = vendor(VENDOR_A);
        long listing = approved(VENDOR_A, "4999.00");
        long id = place(OFFICER, order(listing, 3))
                .statusCode(201)
                .body("code", matchesPattern("DD-" + THIS_YEAR + "-\\d{6}"))
                .body("unit", equalTo(HEAD_OFFICE))
                .body("buyer", equalTo(OFFICER))
                .body("vendorId", equalTo((int) vendorA))
                .body("vendorName", equalTo("订单测试供应商" + VENDOR_A))
                .body("method", equalTo("DIRECT_SELECTION"))
                .body("status", equalTo("PLACED"))
                .body("lines[0].productId", equalTo((int) listing))
                .body("lines[0].categoryCode", equalTo(DESKTOP))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].listedPrice", equalTo(4999.00f))
                .body("lines[0].unitPrice", equalTo(4999.00f))
                .body("lines[0].lineTotal", equalTo(14997.00f))
                .body("listedTotal", equalTo(14997.00f))
                .body("total", equalTo(14997.00f))
                .body("deliveryAddress", equalTo("北京市海淀区金沙路"))
                .body("createdAt", notNullValue())
                .extract()
                .jsonPath()
                .getLong("id");

        step(VENDOR_A, id, "confirm")
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("confirmedAt", notNullValue());
        step(VENDOR_A, id, "deliver")
                .statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("deliveredAt", notNullValue());
        step(OFFICER, id, "accept", Map.of("note", "数量、型号与订单一致，验收合格"))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("acceptanceNote", equalTo("数量、型号与订单一致，验收合格"))
                .body("acceptedAt", notNullValue());

        as(AUDITOR)
                .queryParams(Map.of("entityType", "Order", "entityId", id))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("ORDER_ACCEPTED", "ORDER_DELIVERED", "ORDER_CONFIRMED", "ORDER_PLACED"));
    }

    @Test
    void theVendorDeclinesAPlacedOrderWithAReasonAndTheBuyerCancelsAnother() {
        long listing = approved(VENDOR_A, "3000.00");
        long declined = placed(OFFICER, listing, 1);
        step(VENDOR_A, declined, "decline", Map.of("reason", "该型号已停产"))
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("该型号已停产"));
        long cancelled = placed(OFFICER, listing, 1);
        step(OFFICER, cancelled, "cancel", Map.of("reason", "预算调整"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("预算调整"));
        step(VENDOR_A, cancelled, "decline", Map.of()).statusCode(400);
    }

    @Test
    void eachStepIsRefusedFromAnyOtherStatus() {
        long listing = approved(VENDOR_A, "2000.00");
        long id = placed(OFFICER, listing, 1);
        refused(step(VENDOR_A, id, "deliver"), "ORDER_NOT_CONFIRMED");
        refused(step(OFFICER, id, "accept", Map.of("note", "合格")), "ORDER_NOT_DELIVERED");
        step(VENDOR_A, id, "confirm").statusCode(200);
        refused(step(VENDOR_A, id, "confirm"), "ORDER_NOT_PLACED");
        refused(step(VENDOR_A, id, "decline", Map.of("reason", "缺货")), "ORDER_NOT_PLACED");
        refused(step(OFFICER, id, "cancel", Map.of("reason", "不要了")), "ORDER_NOT_PLACED");
        refused(step(OFFICER, id, "accept", Map.of("note", "合格")), "ORDER_NOT_DELIVERED");
        step(VENDOR_A, id, "deliver").statusCode(200);
        refused(step(VENDOR_A, id, "deliver"), "ORDER_NOT_CONFIRMED");
        step(OFFICER, id, "accept", Map.of("note", "合格")).statusCode(200);
        refused(step(OFFICER, id, "accept", Map.of("note", "合格")), "ORDER_NOT_DELIVERED");
        as(OFFICER).get("/api/v1/orders/" + id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void quantitiesBelowOneOrAboveOneHundredThousandAreRefusedOnTheirField() {
        long listing = approved(VENDOR_A, "1.00");
        for (int quantity : List.of(0, 100_001)) {
            place(OFFICER, order(listing, quantity)).statusCode(400).body("errors.field", hasItem("quantity"));
        }
        place(OFFICER, order(listing, 100_000)).statusCode(201);
        place(
                        OFFICER,
                        Map.of(
                                "lines",
                                List.of(Map.of("productId", 999_999_999L, "quantity", 1)),
                                "deliveryAddress",
                                "北京"))
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_PRODUCT"))
                .body("errors[0].field", equalTo("lines"));
    }

    @Test
    void aListingNotApprovedIsNotOrderable() {
        long waiting = submitted(VENDOR_A, DESKTOP, "4999.00");
        refused(place(OFFICER, order(waiting, 1)), "LISTING_NOT_ORDERABLE");
    }

    @Test
    void listingsOfLastYearsRoundAreOrderableButNotOfTheYearBefore() {
        long lastYear = approved(VENDOR_A, round(THIS_YEAR - 1), DESKTOP, "4999.00");
        place(OFFICER, order(lastYear, 1)).statusCode(201);
        long twoYearsAgo = approved(VENDOR_A, round(THIS_YEAR - 2), DESKTOP, "4999.00");
        refused(place(OFFICER, order(twoYearsAgo, 1)), "LISTING_NOT_ORDERABLE");
    }

    @Test
    void anOrderBuysFromOneVendorOnly() {
        long ofA = approved(VENDOR_A, "4999.00");
        long ofB = approved(VENDOR_B, "4999.00");
        Map<String, Object> mixed = Map.of(
                "lines",
                List.of(Map.of("productId", ofA, "quantity", 1), Map.of("productId", ofB, "quantity", 1)),
                "deliveryAddress",
                "北京");
        refused(place(OFFICER, mixed), "ORDER_MIXED_VENDORS");
    }

    @Test
    void aDirectSelectionUpToTheLimitIsPlacedAndAboveItRefused() {
        long listing = approved(VENDOR_A, "5000.00");
        // The test profile keeps the default limit of 200000.00.
        place(OFFICER, order(listing, 40)).statusCode(201).body("total", equalTo(200000.00f));
        refused(place(OFFICER, order(listing, 41)), "ORDER_ABOVE_LIMIT");
    }

    @Test
    void anotherVendorFindsNoOrderThatIsNotItsOwnAndTheAttemptIsRecorded() {
        vendor(VENDOR_B);
        long listing = approved(VENDOR_A, "1500.00");
        long id = placed(OFFICER, listing, 2);
        as(VENDOR_B).get("/api/v1/orders/" + id).then().statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
        step(VENDOR_B, id, "confirm").statusCode(404);
        step(VENDOR_B, id, "decline", Map.of("reason", "不是我的")).statusCode(404);
        as(VENDOR_B).get("/api/v1/vendors/me/orders").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as(VENDOR_A)
                .get("/api/v1/vendors/me/orders?status=PLACED")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.status", everyItem(equalTo("PLACED")));
        as(VENDOR_A).get("/api/v1/orders/" + id).then().statusCode(200);
        as(OFFICER).get("/api/v1/orders/" + id).then().statusCode(200).body("status", equalTo("PLACED"));
        as(AUDITOR)
                .queryParams(Map.of("entityType", "Order", "entityId", id, "action", "ACCESS_REFUSED"))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.actor", everyItem(equalTo(VENDOR_B)));
    }

    @Test
    void eachOfficerBuysForItsOwnUnitAndOnlyThatUnitAcceptsOrCancels() {
        long listing = approved(VENDOR_A, "2500.00");
        long ofGuangdong = place(OFFICER_GD, order(listing, 1))
                .statusCode(201)
                .body("unit", equalTo(GUANGDONG))
                .extract()
                .jsonPath()
                .getLong("id");
        long ofHeadOffice = placed(OFFICER, listing, 1);

        // Every officer reads every unit's orders; acting on them is for the buying unit.
        as(OFFICER).get("/api/v1/orders/" + ofGuangdong).then().statusCode(200);
        refused403(step(OFFICER, ofGuangdong, "cancel", Map.of("reason", "不是本单位的")));
        refused403(step(OFFICER_GD, ofHeadOffice, "cancel", Map.of("reason", "不是本单位的")));
        step(VENDOR_A, ofGuangdong, "confirm").statusCode(200);
        step(VENDOR_A, ofGuangdong, "deliver").statusCode(200);
        refused403(step(OFFICER, ofGuangdong, "accept", Map.of("note", "合格")));
        step(OFFICER_GD, ofGuangdong, "accept", Map.of("note", "合格")).statusCode(200);
        step(OFFICER, ofHeadOffice, "cancel", Map.of("reason", "预算调整")).statusCode(200);

        as(OFFICER)
                .queryParams(Map.of("unit", GUANGDONG, "year", THIS_YEAR, "size", 200))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) ofGuangdong))
                .body("items.id", not(hasItem((int) ofHeadOffice)))
                .body("items.unit", everyItem(equalTo(GUANGDONG)));
        as(OFFICER)
                .queryParams(Map.of("status", "CANCELLED", "vendorId", vendor(VENDOR_A), "size", 200))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) ofHeadOffice))
                .body("items.status", everyItem(equalTo("CANCELLED")));
        as(OFFICER)
                .queryParams(Map.of("year", THIS_YEAR + 1))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static void refused(io.restassured.response.ValidatableResponse response, String code) {
        response.statusCode(409).body("code", equalTo(code));
    }

    private static void refused403(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).body("code", equalTo("NOT_BUYING_UNIT"));
    }
}
