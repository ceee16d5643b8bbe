package cn.taxprocurement.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.AwardProject;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SavingsReportTest {
    private static final int YEAR = 2036;
    private static final Actor CREATOR = new Actor("officer-report-1", "officer-report-1", Roles.OFFICER, null);
    private static final Actor AWARDER = new Actor("officer-report-2", "officer-report-2", Roles.OFFICER, null);
    private static boolean loaded;

    @Inject
    ProjectService service;

    @BeforeEach
    void loadTheYearOnce() {
        if (loaded) {
            return;
        }
        long vendor = Vendors.anActiveVendor("vendor-report");
        awarded("A02010104", ProcurementMethod.OPEN_TENDER, "1000.00", "900.00", vendor);
        awarded("A02010104", ProcurementMethod.OPEN_TENDER, "3000.00", "2850.00", vendor);
        awarded("A02010103", ProcurementMethod.SINGLE_SOURCE, "2000.00", "2000.00", vendor);
        create("A02010104", ProcurementMethod.OPEN_TENDER, "5000.00");
        // Recorded but not yet confirmed by a second officer: it does not count.
        record("A02010104", ProcurementMethod.OPEN_TENDER, "4000.00", "100.00", vendor);
        List<String> bidders = List.of("report-bidder-1", "report-bidder-2", "report-bidder-3");
        List<Long> invited = bidders.stream().map(Vendors::anActiveVendor).toList();
        ProjectView a = service.create(
                CREATOR,
                new CreateProject(
                        "节约率测试项目",
                        YEAR,
                        "A02010105",
                        ProcurementMethod.INVITED_TENDER,
                        new BigDecimal("700.00"),
                        null,
                        null,
                        null,
                        invited));
        ProjectView b = create("A02010105", ProcurementMethod.INVITED_TENDER, "300.00");
        ProjectView merged = service.merge(CREATOR, new MergeProjects("便携式计算机合并采购", List.of(a.id(), b.id())));
        awardTheLowestOf(merged, bidders, "950.00", "960.00", "990.00");
        loaded = true;
    }

    /** Publishes the project, takes one bid per bidder, opens them once the deadline has passed, and awards the first. */
    private void awardTheLowestOf(ProjectView project, List<String> bidders, String... amounts) {
        service.publish(
                CREATOR, project.id(), new PublishProject(OffsetDateTime.now().plusSeconds(2)));
        List<Long> bids = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            Actor bidder = new Actor(bidders.get(i), bidders.get(i), Roles.VENDOR, null);
            bids.add(service.placeBid(bidder, project.id(), new PlaceBid(new BigDecimal(amounts[i])))
                    .id());
        }
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!service.allowedSteps(AWARDER, project.id()).contains(ProjectStep.OPEN_BIDS)
                && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
        }
        service.openBids(AWARDER, project.id());
        service.award(AWARDER, project.id(), new AwardProject(bids.get(0), null, null));
    }

    private ProjectView create(String category, ProcurementMethod method, String budget) {
        return service.create(
                CREATOR, new CreateProject("节约率测试项目", YEAR, category, method, new BigDecimal(budget), null));
    }

    private ProjectView record(String category, ProcurementMethod method, String budget, String award, long vendor) {
        return service.record(
                CREATOR,
                new RecordResult(
                        "节约率测试项目",
                        YEAR,
                        category,
                        method,
                        new BigDecimal(budget),
                        new BigDecimal(award),
                        vendor,
                        OffsetDateTime.now().minusDays(1),
                        "ZFCG-" + YEAR + "-" + budget));
    }

    /** A result procured elsewhere, recorded by one officer and confirmed by another: it counts as AWARDED. */
    private void awarded(String category, ProcurementMethod method, String budget, String award, long vendor) {
        service.confirm(AWARDER, record(category, method, budget, award, vendor).id());
    }

    @Test
    @TestSecurity(user = "manager-report", roles = "manager")
    void savingsOfAYearCountOnlyAwardedProjectsAndMergedOnesThroughTheirMerger() {
        given().queryParam("year", YEAR)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(200)
                .body("year", equalTo(YEAR))
                .body("projectCount", equalTo(4))
                .body("budgetTotal", equalTo(7000.00f))
                .body("awardedTotal", equalTo(6700.00f))
                .body("savingsTotal", equalTo(300.00f))
                .body("savingsRate", equalTo(4.29f))
                .body("byCategory", hasSize(3))
                .body("byCategory[0].categoryCode", equalTo("A02010103"))
                .body("byCategory[0].categoryName", equalTo("服务器"))
                .body("byCategory[0].savingsRate", equalTo(0.00f))
                .body("byCategory[1].categoryCode", equalTo("A02010104"))
                .body("byCategory[1].projectCount", equalTo(2))
                .body("byCategory[1].budgetTotal", equalTo(4000.00f))
                .body("byCategory[1].awardedTotal", equalTo(3750.00f))
                .body("byCategory[1].savingsRate", equalTo(6.25f))
                .body("byCategory[2].projectCount", equalTo(1))
                .body("byCategory[2].budgetTotal", equalTo(1000.00f))
                .body("byMethod", hasSize(3))
                .body("byMethod[0].method", equalTo("OPEN_TENDER"))
                .body("byMethod[0].projectCount", equalTo(2))
                .body("byMethod[1].method", equalTo("INVITED_TENDER"))
                .body("byMethod[2].method", equalTo("SINGLE_SOURCE"))
                .body("byMethod[2].savingsRate", equalTo(0.00f));
    }

    @Test
    @TestSecurity(user = "officer-report", roles = "officer")
    void aYearWithoutAwardsHasZeroTotalsAndNoRate() {
        given().queryParam("year", 2099)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(200)
                .body("projectCount", equalTo(0))
                .body("budgetTotal", equalTo(0.00f))
                .body("savingsRate", nullValue())
                .body("byCategory", hasSize(0));
    }

    @Test
    @TestSecurity(user = "officer-report", roles = "officer")
    void aMissingOrOutOfRangeYearIsRefused() {
        given().when().get("/api/v1/reports/savings").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", 1999)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    @TestSecurity(user = "vendor-report-reader", roles = "vendor")
    void aVendorCannotReadTheSavingsReport() {
        given().queryParam("year", YEAR)
                .when()
                .get("/api/v1/reports/savings")
                .then()
                .statusCode(403);
    }
}
