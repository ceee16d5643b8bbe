package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the intention rule on, an open tender is published only once its intention has been public for the lead. */
@QuarkusTest
@TestProfile(IntentionLeadTest.OneDayLead.class)
class IntentionLeadTest {
    private static final int YEAR = 2038;

    /** An intention lead of one day. */
    public static class OneDayLead implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procurement.intention.lead", "P1D");
        }
    }

    @Inject
    ProjectService service;

    @Test
    @TestSecurity(user = "officer-lead", roles = "officer")
    void anOpenTenderWithoutAnIntentionOrWithAFreshOneIsNotPublishedButAFrameworkAgreementIs() {
        ProjectView open = Projects.aDraft(service, YEAR, "1000.00");
        publish(open.id()).statusCode(409).body("code", equalTo("INTENTION_TOO_RECENT"));
        given().contentType(ContentType.JSON)
                .body(Map.of("plannedMonth", "2038-04", "summary", "采购台式计算机"))
                .when()
                .post("/api/v1/projects/" + open.id() + "/intention")
                .then()
                .statusCode(201);
        publish(open.id()).statusCode(409).body("code", equalTo("INTENTION_TOO_RECENT"));

        ProjectView framework =
                Projects.aDraft(service, YEAR, "A02010104", ProcurementMethod.FRAMEWORK_AGREEMENT, "1000.00", null);
        publish(framework.id()).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private static io.restassured.response.ValidatableResponse publish(long id) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusDays(1).toString()))
                .when()
                .post("/api/v1/projects/" + id + "/publish")
                .then();
    }
}
