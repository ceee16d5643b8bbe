package cn.taxprocurement.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.taxprocurement.fixtures.OcdsSchemas;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CloseProject;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.ExtendDeadline;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.project.TenderHistory;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenDataTest {
    private static final String RELEASES = "/api/v1/public/ocds/releases";
    private static final String RECORDS = "/api/v1/public/ocds/records/";
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Actor CREATOR = new Actor("ocds-creator", "ocds-creator", Roles.OFFICER, null);
    private static final Actor REVIEWER = new Actor("ocds-reviewer", "ocds-reviewer", Roles.OFFICER, null);
    // Each test reads its own year, so that the others' notices never show up in its package.
    private static final AtomicInteger YEARS = new AtomicInteger(2053);

    @Inject
    TenderHistory history;

    @Inject
    ProjectService projects;

    @Inject
    OcdsConfig config;

    @Test
    void anAwardedTenderIsOneProcessWhoseReleasesAndRecordValidateAgainstTheOcdsSchemas() {
        int year = YEARS.getAndIncrement();
        List<Long> vendors = vendors(year, 3);
        ProjectView awarded = replay(year, vendors, TenderHistory.Reached.AWARDED);
        String ocid = config.ocidPrefix() + "-" + awarded.code();

        String releases = anyone().queryParam("year", year)
                .when()
                .get(RELEASES)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("version", equalTo("1.1"))
                .body("releases.tag.flatten()", contains("planning", "tender", "award"))
                .body("releases.ocid", contains(ocid, ocid, ocid))
                .body("releases[1].tender.procurementMethod", equalTo("open"))
                .body("releases[1].tender.procurementMethodDetails", equalTo("OPEN_TENDER"))
                .body("releases[2].awards[0].value.currency", equalTo("CNY"))
                .body(
                        "releases[2].parties.find { it.roles.contains('supplier') }.identifier.scheme",
                        equalTo("CN-USCC"))
                .extract()
                .asString();
        OcdsSchemas.assertValidReleasePackage(releases);
        // The award is the lowest bid, and no losing amount is published.
        assertThat(releases).contains("4100000.00").doesNotContain("4300000.00").doesNotContain("4500000.00");

        String record = anyone().when()
                .get(RECORDS + ocid)
                .then()
                .statusCode(200)
                .body("records[0].ocid", equalTo(ocid))
                .body("records[0].releases.size()", equalTo(3))
                .body("records[0].compiledRelease.tag", contains("compiled"))
                .body("records[0].compiledRelease.tender.status", equalTo("complete"))
                .body("records[0].compiledRelease.tender.title", equalTo(awarded.title()))
                .body("records[0].compiledRelease.tender.tenderPeriod.endDate", equalTo(year + "-04-29T01:00:00Z"))
                .body("records[0].compiledRelease.awards.size()", equalTo(1))
                .body("records[0].compiledRelease.parties.size()", equalTo(2))
                .extract()
                .asString();
        OcdsSchemas.assertValidRecordPackage(record);
    }

    @Test
    void amendedFailedAndTerminatedTendersValidateAndTheirRecordsEndInTheirLastState() {
        int year = YEARS.getAndIncrement();
        List<Long> vendors = vendors(year, 3);
        ProjectView failed = replay(year, vendors, TenderHistory.Reached.FAILED);
        ProjectView amended = published(year);
        projects.extend(
                REVIEWER, amended.id(), new ExtendDeadline(OffsetDateTime.now().plusDays(20), "更正技术参数，延长投标截止时间"));
        ProjectView terminated = published(year);
        projects.cancel(REVIEWER, terminated.id(), new CloseProject("采购需求发生重大变化，终止采购"));

        String releases = anyone().queryParam("year", year)
                .queryParam("size", 200)
                .when()
                .get(RELEASES)
                .then()
                .statusCode(200)
                .body("releases.tag.flatten()", hasItem("tenderAmendment"))
                .body("releases.tag.flatten()", hasItem("tenderCancellation"))
                .extract()
                .asString();
        OcdsSchemas.assertValidReleasePackage(releases);

        assertThat(compiledTender(failed).getString("status")).isEqualTo("unsuccessful");
        assertThat(compiledTender(amended).getList("amendments.rationale")).containsExactly("更正技术参数，延长投标截止时间");
        assertThat(compiledTender(terminated).getString("status")).isEqualTo("cancelled");
    }

    @Test
    void aReleaseThatBreaksTheStandardFailsTheSameValidation() throws Exception {
        int year = YEARS.getAndIncrement();
        replay(year, vendors(year, 3), TenderHistory.Reached.AWARDED);
        String releases = anyone().queryParam("year", year)
                .when()
                .get(RELEASES)
                .then()
                .extract()
                .asString();
        ObjectMapper json = new ObjectMapper();
        ObjectNode broken = (ObjectNode) json.readTree(releases);
        ((ObjectNode) broken.withArray("releases").get(0)).put("initiationType", "auction");
        ((ObjectNode) broken.withArray("releases").get(1)).remove("ocid");

        assertThat(OcdsSchemas.releasePackageProblems(json.writeValueAsString(broken)))
                .extracting(Object::toString)
                .anySatisfy(problem -> assertThat(problem).contains("initiationType"))
                .anySatisfy(problem -> assertThat(problem).contains("ocid"));
    }

    @Test
    void anUnknownProcessIsNotFoundAndAYearIsRequired() {
        anyone().when()
                .get(RECORDS + config.ocidPrefix() + "-CG-1999-9999")
                .then()
                .statusCode(404);
        anyone().when().get(RECORDS + "ocds-other-CG-2019-0001").then().statusCode(404);
        anyone().when().get(RELEASES).then().statusCode(400);
    }

    private JsonPath compiledTender(ProjectView project) {
        return anyone().when()
                .get(RECORDS + config.ocidPrefix() + "-" + project.code())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("records[0].compiledRelease.tender");
    }

    private ProjectView replay(int year, List<Long> vendors, TenderHistory.Reached reached) {
        Instant published = LocalDate.of(year, 4, 4).atTime(9, 0).toInstant(BEIJING);
        Map<Long, BigDecimal> bids = new LinkedHashMap<>();
        bids.put(vendors.get(0), new BigDecimal("4500000.00"));
        bids.put(vendors.get(1), new BigDecimal("4100000.00"));
        bids.put(vendors.get(2), new BigDecimal("4300000.00"));
        return history.replay(
                CREATOR,
                REVIEWER,
                new TenderHistory.PastTender(
                        new CreateProject(
                                year + "年税务系统台式计算机采购",
                                year,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("5000000.00"),
                                null,
                                EvaluationMethod.LOWEST_PRICE,
                                null,
                                null),
                        published,
                        published.plus(Duration.ofDays(25)),
                        bids,
                        reached));
    }

    private ProjectView published(int year) {
        ProjectView draft = projects.create(
                CREATOR,
                new CreateProject(
                        year + "年税务系统打印机采购",
                        year,
                        "A02010104",
                        ProcurementMethod.OPEN_TENDER,
                        new BigDecimal("800000.00"),
                        null));
        return projects.publish(
                CREATOR, draft.id(), new PublishProject(OffsetDateTime.now().plusDays(10)));
    }

    private static List<Long> vendors(int year, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Vendors.anActiveVendor("ocds-vendor-" + year + "-" + i))
                .toList();
    }

    private static RequestSpecification anyone() {
        return given();
    }
}
