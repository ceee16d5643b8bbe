package cn.taxprocurement.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.AwardProject;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
        ProjectView a = create("A02010105", ProcurementMethod.INVITED_TENDER, "700.00");
        ProjectView b = create("A02010105", ProcurementMethod.INVITED_TENDER, "300.00");
        ProjectView merged = service.merge(CREATOR, new MergeProjects("便携式计算机合并采购", List.of(a.id(), b.id())));
        service.award(AWARDER, merged.id(), new AwardProject(vendor, new BigDecimal("950.00"), null));
        loaded = true;
    }

    private ProjectView create(String category, ProcurementMethod method, String budget) {
        return service.create(
                CREATOR, new CreateProject("节约率测试项目", YEAR, category, method, new BigDecimal(budget), null));
    }

    private void awarded(String category, ProcurementMethod method, String budget, String award, long vendor) {
        ProjectView project = create(category, method, budget);
        service.award(AWARDER, project.id(), new AwardProject(vendor, new BigDecimal(award), null));
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
