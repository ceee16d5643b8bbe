package cn.taxprocurement.vendor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VendorResourceTest {
    @Inject
    CatalogFixtures fixtures;

    @Inject
    VendorService vendors;

    @Inject
    EntityManager em;

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

    private static io.restassured.response.ValidatableResponse update(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/vendors/me")
                .then();
    }

    private static Map<String, Object> details(String uscc, String name, String contactName) {
        return Map.of(
                "uscc", uscc,
                "name", name,
                "contactName", contactName,
                "contactPhone", "13600136000",
                "email", "new-contact@example.cn");
    }

    private String auditSummaries(long vendorId) {
        return String.join("\n", QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT summary FROM audit_event WHERE entity_type = 'Vendor'"
                        + " AND entity_id = ?1 AND action = 'VENDOR_UPDATED' ORDER BY id")
                .setParameter(1, String.valueOf(vendorId))
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList()));
    }

    @Test
    @TestSecurity(user = "vendor-vrt-contact-update", roles = "vendor")
    void aContactChangeKeepsTheCompanyApprovedAndIsAudited() {
        String uscc = CatalogFixtures.newUscc();
        long id = fixtures.activeVendor("vendor-vrt-contact-update", uscc);
        String name = given().get("/api/v1/vendors/me").then().extract().path("name");

        update(details(uscc, name, "赵六"))
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("contactName", equalTo("赵六"))
                .body("contactPhone", equalTo("13600136000"))
                .body("email", equalTo("new-contact@example.cn"))
                .body("approvedName", nullValue());

        assertThat(auditSummaries(id)).contains("联系人", "赵六", "联系电话").doesNotContain("重新提交审核");
    }

    @Test
    @TestSecurity(user = "vendor-vrt-rename", roles = "vendor")
    void aNewNameSendsAnApprovedCompanyBackToReviewShowingWhatItWasApprovedAs() {
        String uscc = CatalogFixtures.newUscc();
        long id = fixtures.activeVendor("vendor-vrt-rename", uscc);
        String name = given().get("/api/v1/vendors/me").then().extract().path("name");

        update(details(uscc, "更名后的科技有限公司", "赵六"))
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("name", equalTo("更名后的科技有限公司"))
                .body("approvedName", equalTo(name))
                .body("approvedUscc", equalTo(uscc));

        assertThat(auditSummaries(id)).contains("企业名称 " + name + " → 更名后的科技有限公司", "重新提交审核");
        assertThat(vendors.search(VendorStatus.PENDING, uscc, PageRequest.of(0, 10))
                        .items())
                .extracting(VendorView::id)
                .containsExactly(id);
        VendorView approved =
                vendors.approve(new Actor("officer-vrt-rename", "officer-vrt-rename", "officer", null), id);
        assertThat(approved.status()).isEqualTo(VendorStatus.ACTIVE);
        assertThat(approved.approvedName()).isNull();
    }

    @Test
    @TestSecurity(user = "vendor-vrt-recode", roles = "vendor")
    void aNewUsccIsCheckedAsOnRegistrationAndSendsTheCompanyBackToReview() {
        String uscc = CatalogFixtures.newUscc();
        fixtures.activeVendor("vendor-vrt-recode", uscc);
        String name = given().get("/api/v1/vendors/me").then().extract().path("name");
        String taken = CatalogFixtures.newUscc();
        fixtures.activeVendor(CatalogFixtures.newSubject(), taken);

        update(details(taken, name, "赵六")).statusCode(409).body("code", equalTo("USCC_TAKEN"));
        update(details(uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? "1" : "0"), name, "赵六"))
                .statusCode(400)
                .body("errors.field", hasItem("uscc"));
        update(details(uscc, name, " ")).statusCode(400).body("errors.field", hasItem("contactName"));
        given().get("/api/v1/vendors/me").then().body("status", equalTo("ACTIVE"));

        String renumbered = CatalogFixtures.newUscc();
        update(details(renumbered.toLowerCase(), name, "赵六"))
                .statusCode(200)
                .body("uscc", equalTo(renumbered))
                .body("status", equalTo("PENDING"))
                .body("approvedUscc", equalTo(uscc));
    }

    @Test
    @TestSecurity(user = "vendor-vrt-resubmit", roles = "vendor")
    void aRejectedCompanyThatCorrectsItsDetailsIsReviewedAgain() {
        long id = fixtures.pendingVendor("vendor-vrt-resubmit", "错误名称有限公司");
        vendors.reject(
                new Actor("officer-vrt-resubmit", "officer-vrt-resubmit", "officer", null),
                id,
                new VendorRequests.Reject("名称与营业执照不符"));
        String uscc = given().get("/api/v1/vendors/me").then().extract().path("uscc");

        update(details(uscc, "正确名称有限公司", "李四"))
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("rejectReason", nullValue());
    }

    @Test
    @TestSecurity(user = "vendor-vrt-unregistered-update", roles = "vendor")
    void aUserWithoutACompanyHasNothingToUpdate() {
        update(details(CatalogFixtures.newUscc(), "无名公司", "李四"))
                .statusCode(404)
                .body("code", equalTo("VENDOR_NOT_REGISTERED"));
    }
}
