package cn.taxprocurement.order;

import static io.restassured.RestAssured.given;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.fixtures.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A shortlist to buy from, made through the API by the test accounts themselves: admitted vendors, rounds and
 * approved listings at the prices a test needs.
 */
final class Shortlist {
    static final String OFFICER = "order-officer";
    /** An officer of the Guangdong bureau (its unit comes from the configured account mapping). */
    static final String OFFICER_GD = "officer-gd";

    static final String VENDOR_A = "order-vendor-a";
    static final String VENDOR_B = "order-vendor-b";
    static final String VENDOR_C = "order-vendor-c";
    static final String VENDOR_D = "order-vendor-d";
    static final String AUDITOR = "order-auditor";
    static final String HEAD_OFFICE = "国家税务总局";
    static final String GUANGDONG = "国家税务总局广东省税务局";
    static final String DESKTOP = "A02010104";
    static final String LAPTOP = "A02010105";
    static final int THIS_YEAR =
            Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final Map<String, Long> VENDORS = new ConcurrentHashMap<>();
    private static final Map<Integer, Long> ROUNDS = new ConcurrentHashMap<>();

    private Shortlist() {}

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** The vendor of a test account, registered and admitted once. */
    static synchronized long vendor(String user) {
        return VENDORS.computeIfAbsent(user, u -> {
            long id = as(u).body(Map.of(
                            "uscc",
                            CatalogFixtures.newUscc(),
                            "name",
                            "订单测试供应商" + u,
                            "contactName",
                            "赵六",
                            "contactPhone",
                            "010-66668888",
                            "email",
                            u + "@example.cn"))
                    .post("/api/v1/vendors/me")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            as(OFFICER).post("/api/v1/vendors/" + id + "/approve").then().statusCode(200);
            return id;
        });
    }

    /** An open round of {@code year} with desktops and laptops, one per year. */
    static synchronized long round(int year) {
        return ROUNDS.computeIfAbsent(year, y -> as(OFFICER)
                .body(Map.of("year", y, "name", y + "年度订单测试入围", "categoryCodes", List.of(DESKTOP, LAPTOP)))
                .post("/api/v1/catalog-rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id"));
    }

    /** A listing of the vendor in this year's round, still waiting for review. */
    static long submitted(String vendorUser, String categoryCode, String price) {
        return submitted(vendorUser, round(THIS_YEAR), categoryCode, price);
    }

    static long submitted(String vendorUser, long roundId, String categoryCode, String price) {
        vendor(vendorUser);
        return as(vendorUser)
                .body(Map.of(
                        "roundId",
                        roundId,
                        "categoryCode",
                        categoryCode,
                        "brand",
                        "订单",
                        "model",
                        "DD-" + SEQUENCE.incrementAndGet(),
                        "specs",
                        "标准配置",
                        "unitPrice",
                        price))
                .post("/api/v1/vendors/me/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** An approved desktop listing of the vendor in this year's round. */
    static long approved(String vendorUser, String price) {
        return approved(vendorUser, round(THIS_YEAR), DESKTOP, price);
    }

    static long approved(String vendorUser, long roundId, String categoryCode, String price) {
        long id = submitted(vendorUser, roundId, categoryCode, price);
        as(OFFICER)
                .body(Map.of("reason", "价格经核实"))
                .post("/api/v1/products/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    static Map<String, Object> order(long productId, int quantity) {
        return Map.of(
                "lines", List.of(Map.of("productId", productId, "quantity", quantity)), "deliveryAddress", "北京市海淀区金沙路");
    }

    static ValidatableResponse place(String officer, Map<String, Object> order) {
        return as(officer).body(order).post("/api/v1/orders").then();
    }

    static long placed(String officer, long productId, int quantity) {
        return place(officer, order(productId, quantity))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static ValidatableResponse step(String user, long orderId, String step, Map<String, ?> body) {
        return as(user).body(body)
                .post("/api/v1/orders/" + orderId + "/" + step)
                .then();
    }

    static ValidatableResponse step(String user, long orderId, String step) {
        return step(user, orderId, step, Map.of());
    }

    static OffsetDateTime inSeconds(long seconds) {
        return OffsetDateTime.now().plusSeconds(seconds);
    }

    /** Waits until the clock has passed {@code deadline}: a deadline is real time, as it is for vendors. */
    static void until(OffsetDateTime deadline) {
        while (!Instant.now().isAfter(deadline.toInstant())) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
