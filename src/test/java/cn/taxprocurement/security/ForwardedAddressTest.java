package cn.taxprocurement.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The address audited is the caller's own unless a trusted proxy forwarded the request: the test profile trusts one
 * address it never calls from, so here loopback is a client like any other.
 */
@QuarkusTest
class ForwardedAddressTest {
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "forwarding-officer", roles = Roles.OFFICER)
    void anAddressForwardedByAnUntrustedCallerIsNotBelievedAndTheRealOneIsAudited() {
        String code = String.format("C%08d", System.nanoTime() % 100_000_000L);
        given().header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9")
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "转发地址测试品目"))
                .when()
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        Object audited = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT source_ip FROM audit_event WHERE entity_type = 'Category' AND entity_id = ?1")
                .setParameter(1, code)
                .getSingleResult());
        assertThat(audited).isEqualTo("127.0.0.1");
    }
}
