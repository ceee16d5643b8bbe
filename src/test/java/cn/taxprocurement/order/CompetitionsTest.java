package cn.taxprocurement.order;

import static cn.taxprocurement.order.Shortlist.AUDITOR;
import static cn.taxprocurement.order.Shortlist.DESKTOP;
import static cn.taxprocurement.order.Shortlist.HEAD_OFFICE;
import static cn.taxprocurement.order.Shortlist.LAPTOP;
import static cn.taxprocurement.order.Shortlist.OFFICER;
import static cn.taxprocurement.order.Shortlist.OFFICER_GD;
import static cn.taxprocurement.order.Shortlist.THIS_YEAR;
import static cn.taxprocurement.order.Shortlist.VENDOR_A;
import static cn.taxprocurement.order.Shortlist.VENDOR_B;
import static cn.taxprocurement.order.Shortlist.VENDOR_C;
import static cn.taxprocurement.order.Shortlist.VENDOR_D;
import static cn.taxprocurement.order.Shortlist.approved;
import static cn.taxprocurement.order.Shortlist.as;
import static cn.taxprocurement.order.Shortlist.inSeconds;
import static cn.taxprocurement.order.Shortlist.round;
import static cn.taxprocurement.order.Shortlist.until;
import static cn.taxprocurement.order.Shortlist.vendor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompetitionsTest {
    // Quotes are placed within this many seconds of the start (the test profile's least period is two seconds).
    private static final long QUOTING_SECONDS = 5;

    /** One approved desktop listing of each of vendors A, B and C, at 5000.00. */
    private static List<Long> threeListings() {
        return List.of(approved(VENDOR_A, "5000.00"), approved(VENDOR_B, "5000.00"), approved(VENDOR_C, "5000.00"));
    }

    private static Map<String, Object> competition(List<Long> productIds, OffsetDateTime deadline) {
        return Map.of(
                "title",
                THIS_YEAR + "年台式计算机二次竞价",
                "categoryCode",
                DESKTOP,
                "quantity",
                50,
                "requirement",
                "i7 处理器，16G 内存，三年上门保修",
                "productIds",
                productIds,
                "deadline",
                deadline.toString(),
                "deliveryAddress",
                "北京市海淀区金沙路");
    }

    private static ValidatableResponse start(String officer, List<Long> productIds, OffsetDateTime deadline) {
        return as(officer)
                .body(competition(productIds, deadline))
                .post("/api/v1/competitions")
                .then();
    }

    private static long started(List<Long> productIds, OffsetDateTime deadline) {
        return start(OFFICER, productIds, deadline)
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static ValidatableResponse quote(String vendor, long competition, long productId, String price) {
        return as(vendor)
                .body(Map.of("productId", productId, "unitPrice", price))
                .post("/api/v1/competitions/" + competition + "/quotes")
                .then();
    }

    private static ValidatableResponse close(String officer, long competition) {
        return as(officer)
                .post("/api/v1/competitions/" + competition + "/close")
                .then();
    }

    @Test
    void theLowestCurrentQuoteBecomesAnOrderAtTheQuotedPriceKeepingTheListedPrice() {
        List<Long> listings = threeListings();
        OffsetDateTime deadline = inSeconds(QUOTING_SECONDS);
        long id = start(OFFICER, listings, deadline)
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("unit", equalTo(HEAD_OFFICE))
                .body("invitedVendorIds", containsInAnyOrder((int) vendor(VENDOR_A), (int) vendor(VENDOR_B), (int)
                        vendor(VENDOR_C)))
                .extract()
                .jsonPath()
                .getLong("id");
        quote(VENDOR_A, id, listings.get(0), "4800.00").statusCode(201);
        quote(VENDOR_B, id, listings.get(1), "4500.00").statusCode(201);
        // B's second quote supersedes its first: A's is now the lowest.
        quote(VENDOR_B, id, listings.get(1), "4900.00").statusCode(201);
        quote(VENDOR_C, id, listings.get(2), "4850.00").statusCode(201);

        until(deadline);
        long orderId = close(OFFICER, id)
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("quotes", hasSize(3))
                .extract()
                .jsonPath()
                .getLong("orderId");
        as(OFFICER)
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("method", equalTo("COMPETITION"))
                .body("status", equalTo("PLACED"))
                .body("unit", equalTo(HEAD_OFFICE))
                .body("vendorId", equalTo((int) vendor(VENDOR_A)))
                .body("lines[0].productId", equalTo(listings.get(0).intValue()))
                .body("lines[0].quantity", equalTo(50))
                .body("lines[0].unitPrice", equalTo(4800.00f))
                .body("lines[0].listedPrice", equalTo(5000.00f))
                .body("total", equalTo(240000.00f))
                .body("listedTotal", equalTo(250000.00f));
        refusedBy(close(OFFICER, id), 409, "COMPETITION_CLOSED");
        as(AUDITOR)
                .queryParams(Map.of("entityType", "Competition", "entityId", id, "action", "COMPETITION_CLOSED"))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void onATieTheEarliestQuoteWins() {
        List<Long> listings = threeListings();
        OffsetDateTime deadline = inSeconds(QUOTING_SECONDS);
        long id = started(listings, deadline);
        quote(VENDOR_C, id, listings.get(2), "4700.00").statusCode(201);
        quote(VENDOR_A, id, listings.get(0), "4700.00").statusCode(201);
        until(deadline);
        long orderId = close(OFFICER, id).statusCode(200).extract().jsonPath().getLong("orderId");
        as(OFFICER)
                .get("/api/v1/orders/" + orderId)
                .then()
                .body("vendorId", equalTo((int) vendor(VENDOR_C)))
                .body("lines[0].unitPrice", equalTo(4700.00f));
    }

    @Test
    void withoutQuotesTheCompetitionFailsAndNoOrderIsPlaced() {
        List<Long> listings = threeListings();
        OffsetDateTime deadline = inSeconds(3);
        long id = started(listings, deadline);
        until(deadline);
        close(OFFICER, id).statusCode(200).body("status", equalTo("FAILED")).body("orderId", nullValue());
    }

    @Test
    void quotesAreSealedUntilTheDeadlineAndEachVendorSeesItsOwnOnly() {
        List<Long> listings = threeListings();
        vendor(VENDOR_D);
        OffsetDateTime deadline = inSeconds(QUOTING_SECONDS);
        long id = started(listings, deadline);
        quote(VENDOR_A, id, listings.get(0), "4600.00").statusCode(201);
        quote(VENDOR_B, id, listings.get(1), "4650.00").statusCode(201);

        as(VENDOR_A)
                .get("/api/v1/competitions/" + id)
                .then()
                .statusCode(200)
                .body("quotes", hasSize(1))
                .body("quotes[0].vendorId", equalTo((int) vendor(VENDOR_A)))
                .body("quotes[0].unitPrice", equalTo(4600.00f))
                .body("quoteCount", nullValue());
        as(OFFICER)
                .get("/api/v1/competitions/" + id)
                .then()
                .statusCode(200)
                .body("sealed", equalTo(true))
                .body("quoteCount", equalTo(2))
                .body("quotes", hasSize(0));
        refusedBy(as(VENDOR_D).get("/api/v1/competitions/" + id).then(), 404, "COMPETITION_NOT_FOUND");
        refusedBy(close(OFFICER, id), 409, "COMPETITION_STILL_OPEN");

        until(deadline);
        as(VENDOR_A)
                .get("/api/v1/competitions/" + id)
                .then()
                .statusCode(200)
                .body("quotes", hasSize(1))
                .body("quotes[0].vendorId", equalTo((int) vendor(VENDOR_A)));
        as(OFFICER)
                .get("/api/v1/competitions/" + id)
                .then()
                .body("sealed", equalTo(false))
                .body("quotes", hasSize(2));
        refusedBy(quote(VENDOR_C, id, listings.get(2), "4000.00"), 409, "COMPETITION_DEADLINE_PASSED");
    }

    @Test
    void onlyInvitedVendorsQuoteOnTheirOwnListingsAtNoMoreThanTheListedPrice() {
        List<Long> listings = threeListings();
        long ofD = approved(VENDOR_D, "5000.00");
        long id = started(listings, inSeconds(60));
        refusedBy(quote(VENDOR_D, id, ofD, "4000.00"), 409, "COMPETITION_NOT_INVITED");
        refusedBy(quote(VENDOR_A, id, listings.get(1), "4000.00"), 409, "QUOTE_LISTING_NOT_OFFERED");
        refusedBy(quote(VENDOR_A, id, listings.get(0), "5000.01"), 409, "QUOTE_ABOVE_LISTED_PRICE");
        quote(VENDOR_A, id, listings.get(0), "5000.00").statusCode(201);
        quote(VENDOR_A, id, listings.get(0), "0").statusCode(400);
    }

    @Test
    void aCompetitionNeedsListingsOfThreeVendorsOfItsCategoryAndTheLeastQuotingPeriod() {
        List<Long> listings = threeListings();
        refusedBy(start(OFFICER, listings.subList(0, 2), inSeconds(60)), 409, "COMPETITION_TOO_FEW_VENDORS");
        long secondOfA = approved(VENDOR_A, "5000.00");
        refusedBy(
                start(OFFICER, List.of(listings.get(0), secondOfA, listings.get(1)), inSeconds(60)),
                409,
                "COMPETITION_TOO_FEW_VENDORS");
        long laptop = approved(VENDOR_C, round(THIS_YEAR), LAPTOP, "5000.00");
        refusedBy(
                start(OFFICER, List.of(listings.get(0), listings.get(1), laptop), inSeconds(60)),
                409,
                "LISTING_NOT_OF_CATEGORY");
        start(OFFICER, listings, OffsetDateTime.now().plusNanos(500_000_000L))
                .statusCode(400)
                .body("code", equalTo("COMPETITION_DEADLINE_TOO_SOON"))
                .body("errors[0].field", equalTo("deadline"));
        start(OFFICER, listings, inSeconds(60)).statusCode(201);
    }

    @Test
    void onlyTheStartingUnitsOfficersCloseACompetition() {
        List<Long> listings = threeListings();
        OffsetDateTime deadline = inSeconds(3);
        long id = started(listings, deadline);
        until(deadline);
        refusedBy(close(OFFICER_GD, id), 403, "NOT_BUYING_UNIT");
        close(OFFICER, id).statusCode(200).body("status", not(equalTo("OPEN")));
    }

    private static void refusedBy(ValidatableResponse response, int status, String code) {
        response.statusCode(status).body("code", equalTo(code));
    }
}
