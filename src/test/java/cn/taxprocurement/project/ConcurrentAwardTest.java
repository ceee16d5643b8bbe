package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.audit.AuditTrail;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

@QuarkusTest
class ConcurrentAwardTest {
    private static final int YEAR = 2035;
    private static final Actor OFFICER_3 = new Actor("officer-3", "officer-3", Roles.OFFICER, null);

    @Inject
    ProjectService service;

    @Inject
    AuditTrail trail;

    /**
     * Two officers, neither the creator, award one project at the same moment: one through the API (officer-2, the
     * test's identity), one through the service (officer-3). Exactly one award wins; the other is refused.
     */
    @RepeatedTest(3)
    @TestSecurity(user = "officer-2", roles = "officer")
    void twoConcurrentAwardsOfOneProjectRecordExactlyOne() throws Exception {
        Projects.Tender tender =
                Projects.anOpenedTender(service, YEAR, "800000.00", "790000.00", "795000.00", "799000.00");
        ProjectView project = tender.project();
        long bidId = tender.bidIds().get(0);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> viaApi = () -> {
            start.await();
            return given().contentType(ContentType.JSON)
                    .body(Map.of("bidId", bidId))
                    .when()
                    .post("/api/v1/projects/" + project.id() + "/award")
                    .then()
                    .extract()
                    .statusCode();
        };
        Callable<Integer> viaService = () -> {
            start.await();
            try {
                service.award(OFFICER_3, project.id(), new AwardProject(bidId, null, null));
                return 200;
            } catch (Refusal | OptimisticLockException e) {
                return 409;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = List.of(pool.submit(viaApi), pool.submit(viaService));
            start.countDown();
            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        var awards = trail.find(
                new AuditTrail.Filter(null, "Project", String.valueOf(project.id()), "PROJECT_AWARDED", null, null),
                PageRequest.of(0, 20));
        assertThat(awards.total()).isEqualTo(1);
        assertThat(service.get(project.id()).status()).isEqualTo(ProjectStatus.AWARDED);
    }
}
