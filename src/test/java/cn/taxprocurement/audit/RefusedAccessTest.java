package cn.taxprocurement.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefusedAccessTest {
    private static final String DESKTOP = "A02010104";
    private static final String VENDOR_B = "vendor-refused-b-5d0c";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    AuditTrail trail;

    @Test
    @TestSecurity(user = VENDOR_B, roles = "vendor")
    void aVendorReachingForAnotherVendorsListingIsRefusedAndTheAttemptIsAudited() {
        String owner = CatalogFixtures.newSubject();
        fixtures.activeVendor(owner);
        fixtures.activeVendor(VENDOR_B);
        long roundId = fixtures.openRound(2063, DESKTOP);
        long theirs = fixtures.listing(owner, roundId, DESKTOP, "联想", "审计-" + System.nanoTime());

        given().post("/api/v1/vendors/me/products/{id}/withdraw", theirs).then().statusCode(404);
        given().post("/api/v1/vendors/me/products/{id}/withdraw", Long.MAX_VALUE)
                .then()
                .statusCode(404);

        Page<AuditEvent> refused = trail.find(
                new AuditTrail.Filter(VENDOR_B, null, null, AuditAction.ACCESS_REFUSED.name(), null, null),
                PageRequest.of(0, 20));
        assertThat(refused.total()).isEqualTo(1);
        AuditEvent event = refused.items().get(0);
        assertThat(event.entityType).isEqualTo("Product");
        assertThat(event.entityId).isEqualTo(String.valueOf(theirs));
        assertThat(event.actorRole).isEqualTo("vendor");
        assertThat(event.summary).contains("其他供应商").contains("已拒绝");
        assertThat(trail.verify().valid()).isTrue();
        given().get("/api/v1/vendors/me/products").then().statusCode(200).body("total", equalTo(0));
    }
}
