package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A bid read out invalid at the opening names the rule it breaks: as a code, in Chinese, and on an English page. */
@QuarkusTest
class OpeningRecordTest {
    @Inject
    ProjectService service;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "officer-opening-record", roles = Roles.OFFICER)
    void aBidWhoseVendorIsNoLongerActiveAtTheOpeningIsReadOutInvalidNamingTheRule() {
        Projects.Tender tender = Projects.aClosedTender(service, 2071, "500000.00", "450000.00", "460000.00");
        long lapsed = tender.vendorIds().get(1);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE vendor SET status = 'REJECTED' WHERE id = ?1")
                        .setParameter(1, lapsed)
                        .executeUpdate());

        given().when()
                .post("/api/v1/projects/" + tender.id() + "/open-bids")
                .then()
                .statusCode(200)
                .body("validBidCount", equalTo(1))
                .body("bids.valid", contains(true, false))
                .body("bids.invalidCode", contains(null, "BIDDER_NOT_ACTIVE"))
                .body("bids[1].invalidReason", equalTo("开标时该供应商不是审核通过的正常状态"));

        String page = "/officer/projects/" + tender.id();
        assertThat(given().cookie("lang", "en").when().get(page).body().asString())
                .contains("The vendor was not approved at the opening");
        assertThat(given().cookie("lang", "zh-CN").when().get(page).body().asString())
                .contains("开标时该供应商不是审核通过的正常状态");
    }
}
