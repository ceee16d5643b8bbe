package cn.taxprocurement.vendor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import cn.taxprocurement.catalog.CatalogFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VendorResourceTest {
    @Inject
    CatalogFixtures fixtures;

    private static Map<String, Object> registration(String uscc) {
        return Map.of(
                "uscc", uscc,
                "name", "北京华信科技有限公司",
                "contactName", "王芳",
                "contactPhone", "010-68881234",
                "email", "wangfang@huaxin.example.cn");
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/vendors/me")
                .then();
    }

    @Test
    @TestSecurity(user = "vendor-vrt-register", roles = "vendor")
    void registrationBindsTheCompanyToTheSignedInUserAndWaitsForReview() {
        String uscc = CatalogFixtures.newUscc();
        int id = register(registration(uscc.toLowerCase()))
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("北京华信科技有限公司"))
                .extract()
                .path("id");

        given().when()
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("email", equalTo("wangfang@huaxin.example.cn"));
    }

    @Test
    @TestSecurity(user = "vendor-vrt-twice", roles = "vendor")
    void aUserWhoAlreadyRegisteredCannotRegisterASecondCompany() {
        register(registration(CatalogFixtures.newUscc())).statusCode(201);

        register(registration(CatalogFixtures.newUscc())).statusCode(409);
    }

    @Test
    @TestSecurity(user = "vendor-vrt-taken", roles = "vendor")
    void aUsccAnotherCompanyHoldsIsRefusedWith409() {
        String uscc = CatalogFixtures.newUscc();
        fixtures.activeVendor(CatalogFixtures.newSubject(), uscc);

        register(registration(uscc)).statusCode(409);
        given().when().get("/api/v1/vendors/me").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "vendor-vrt-check", roles = "vendor")
    void aWrongCheckCharacterOrFormatIsRefusedWith400NamingTheUscc() {
        String uscc = CatalogFixtures.newUscc();
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';

        register(registration(uscc.substring(0, 17) + wrong))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("uscc"));
        register(registration("9111000071092609")).statusCode(400).body("errors.field", hasItem("uscc"));
        register(registration("9111000071092609IO")).statusCode(400).body("errors.field", hasItem("uscc"));
    }

    @Test
    @TestSecurity(user = "vendor-vrt-contact", roles = "vendor")
    void anInvalidEmailPhoneOrMissingNameIsRefusedWith400PerField() {
        Map<String, Object> body = Map.of(
                "uscc", CatalogFixtures.newUscc(),
                "name", "",
                "contactName", "王芳",
                "contactPhone", "12345",
                "email", "not-an-email");

        register(body).statusCode(400).body("errors.field", hasItems("name", "contactPhone", "email"));
        given().when().get("/api/v1/vendors/me").then().statusCode(404);
    }

    @Test
    void anAnonymousCallerIsRefusedWith401() {
        given().redirects().follow(false).when().get("/api/v1/vendors").then().statusCode(401);
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/vendors/me")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer-vrt", roles = "officer")
    void anOfficerCannotRegisterACompanyOfItsOwn() {
        register(registration(CatalogFixtures.newUscc())).statusCode(403);
    }

    @Test
    @TestSecurity(user = "vendor-vrt-nosy", roles = "vendor")
    void aVendorCannotListOrReviewVendors() {
        given().when().get("/api/v1/vendors").then().statusCode(403);
        given().when().post("/api/v1/vendors/1/approve").then().statusCode(403);
    }

    @Test
    @TestSecurity(
            user = "officer-vrt-audit",
            roles = {"officer", "auditor"})
    void anOfficerAdmitsAPendingVendorOnceAndTheAdmissionIsAudited() {
        long id = fixtures.pendingVendor(CatalogFixtures.newSubject(), "上海博远信息技术有限公司");

        given().when()
                .post("/api/v1/vendors/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().when().post("/api/v1/vendors/{id}/approve", id).then().statusCode(409);
        given().queryParam("entityType", "Vendor")
                .queryParam("entityId", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("VENDOR_APPROVED"));
    }

    @Test
    @TestSecurity(user = "officer-vrt-reject", roles = "officer")
    void anOfficerRefusesAVendorOnlyWithAReason() {
        long id = fixtures.pendingVendor(CatalogFixtures.newSubject(), "广州天成电子设备有限公司");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post("/api/v1/vendors/{id}/reject", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "营业执照已过期"))
                .when()
                .post("/api/v1/vendors/{id}/reject", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("营业执照已过期"));
        given().when().post("/api/v1/vendors/{id}/approve", id).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "manager-vrt", roles = "manager")
    void managersFindVendorsByStatusAndByNameOrUscc() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long pending = fixtures.pendingVendor(CatalogFixtures.newSubject(), "杭州" + marker + "科技有限公司");

        given().queryParam("q", marker)
                .queryParam("status", "PENDING")
                .when()
                .get("/api/v1/vendors")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) pending))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        given().queryParam("q", marker)
                .queryParam("status", "ACTIVE")
                .when()
                .get("/api/v1/vendors")
                .then()
                .body("total", equalTo(0));
        given().when()
                .get("/api/v1/vendors/{id}", pending)
                .then()
                .statusCode(200)
                .body("name", equalTo("杭州" + marker + "科技有限公司"));
        given().when().get("/api/v1/vendors/{id}", Long.MAX_VALUE).then().statusCode(404);
        given().queryParam("size", 500).when().get("/api/v1/vendors").then().statusCode(400);
        given().queryParam("status", "BANNED")
                .when()
                .get("/api/v1/vendors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }
}
