package cn.taxprocurement.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result follows from its bids: the tender's rules as the API enforces them. */
@QuarkusTest
class TenderTest {
    private static final int YEAR = 2037;
    private static final Actor OTHER_OFFICER = new Actor("officer-other", "officer-other", Roles.OFFICER, null);

    @Inject
    ProjectService service;

    private static Map<String, Object> newProject(String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "网络安全设备采购");
        body.put("year", YEAR);
        body.put("categoryCode", "A02010104");
        body.put("method", method);
        body.put("budgetAmount", 100000);
        return body;
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projects" + path)
                .then();
    }

    private static ValidatableResponse put(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/projects" + path)
                .then();
    }

    private static ValidatableResponse notices(String type, String code) {
        return given().queryParam("type", type)
                .queryParam("q", code)
                .when()
                .get("/api/v1/public/notices")
                .then()
                .statusCode(200);
    }

    private ProjectView aDraft(ProcurementMethod method) {
        return Projects.aDraft(service, YEAR, "A02010104", method, "100000.00", null);
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void aProjectIsCreatedWithItsEvaluationMethodPriceWeightAndInvitations() {
        List<Long> vendors = Projects.activeVendors(3);
        Map<String, Object> body = newProject("INVITED_TENDER");
        body.put("evaluationMethod", "COMPREHENSIVE_SCORE");
        body.put("priceWeight", 30);
        body.put("invitedVendorIds", vendors);
        post("", body)
                .statusCode(201)
                .body("evaluationMethod", equalTo("COMPREHENSIVE_SCORE"))
                .body("priceWeight", equalTo(30))
                .body("source", equalTo("ONLINE"))
                .body("invitedVendorIds", hasSize(3))
                .body("bidsOpenedAt", nullValue())
                .body("awardedBidId", nullValue())
                .body("creators", contains("officer-t"));
        post("", newProject("OPEN_TENDER"))
                .statusCode(201)
                .body("evaluationMethod", equalTo("LOWEST_PRICE"))
                .body("priceWeight", nullValue());
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void aPriceWeightOutside10To100OrForLowestPriceOrAnUnknownMethodIsRefused() {
        for (Object weight : new Object[] {9, 101}) {
            Map<String, Object> body = newProject("OPEN_TENDER");
            body.put("evaluationMethod", "COMPREHENSIVE_SCORE");
            body.put("priceWeight", weight);
            post("", body).statusCode(400).body("errors[0].field", equalTo("priceWeight"));
        }
        Map<String, Object> lowest = newProject("OPEN_TENDER");
        lowest.put("priceWeight", 50);
        post("", lowest).statusCode(400).body("code", equalTo("PRICE_WEIGHT_NOT_ALLOWED"));
        post("", newProject("BEAUTY_CONTEST")).statusCode(400);
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void invitationsAreThreeOrMoreKnownActiveVendorsForADraftOfAnInvitationMethod() {
        ProjectView negotiation = aDraft(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        List<Long> three = Projects.activeVendors(3);
        String path = "/" + negotiation.id() + "/invitations";
        put(path, Map.of("vendorIds", three.subList(0, 2)))
                .statusCode(400)
                .body("code", equalTo("INVITATION_COUNT"))
                .body("errors[0].field", equalTo("vendorIds"));
        put(path, Map.of("vendorIds", List.of(three.get(0), three.get(1), 999999999L)))
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_VENDOR"));
        long pending = Vendors.aPendingVendor("pending-invitee-" + System.nanoTime());
        put(path, Map.of("vendorIds", List.of(three.get(0), three.get(1), pending)))
                .statusCode(400)
                .body("code", equalTo("INVITED_VENDOR_NOT_ACTIVE"));
        put(path, Map.of("vendorIds", three)).statusCode(200).body("invitedVendorIds", hasSize(3));
        put("/" + aDraft(ProcurementMethod.OPEN_TENDER).id() + "/invitations", Map.of("vendorIds", three))
                .statusCode(400)
                .body("code", equalTo("METHOD_TAKES_NO_INVITATIONS"));
        put("/" + aDraft(ProcurementMethod.SINGLE_SOURCE).id() + "/invitations", Map.of("vendorIds", three))
                .statusCode(400)
                .body("code", equalTo("INVITATION_COUNT"));
        post(
                        "/" + negotiation.id() + "/publish",
                        Map.of("bidDeadline", OffsetDateTime.now().plusDays(5).toString()))
                .statusCode(200);
        put(path, Map.of("vendorIds", three)).statusCode(409).body("code", equalTo("PROJECT_NOT_DRAFT"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void anIntentionIsAnnouncedOnceForADraftAsAPublicNotice() {
        ProjectView draft = aDraft(ProcurementMethod.OPEN_TENDER);
        Map<String, Object> intention = Map.of("plannedMonth", "2037-03", "summary", "采购防火墙 20 台");
        int id = post("/" + draft.id() + "/intention", intention)
                .statusCode(201)
                .body("type", equalTo("INTENTION"))
                .body("projectCode", equalTo(draft.code()))
                .body("fields.plannedMonth", equalTo("2037-03"))
                .extract()
                .path("id");
        given().when().get("/api/v1/public/notices/" + id).then().statusCode(200);
        post("/" + draft.id() + "/intention", intention)
                .statusCode(409)
                .body("code", equalTo("INTENTION_ALREADY_ANNOUNCED"));
        ProjectView published = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        post("/" + published.id() + "/intention", intention).statusCode(409).body("code", equalTo("PROJECT_NOT_DRAFT"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void publishingRespectsTheWaitingPeriodAndTheInvitationsAndWritesATenderNotice() {
        // The test profile's waiting period of competitive consultation is one hour.
        ProjectView consultation = aDraft(ProcurementMethod.COMPETITIVE_CONSULTATION);
        service.setInvitations(Projects.CREATOR, consultation.id(), new SetInvitations(Projects.activeVendors(3)));
        String path = "/" + consultation.id() + "/publish";
        post(path, Map.of("bidDeadline", OffsetDateTime.now().plusMinutes(50).toString()))
                .statusCode(400)
                .body("code", equalTo("WAITING_PERIOD_TOO_SHORT"))
                .body("errors[0].field", equalTo("bidDeadline"));
        post(path, Map.of("bidDeadline", OffsetDateTime.now().plusMinutes(70).toString()))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        notices("TENDER", consultation.code())
                .body("items", hasSize(1))
                .body("items[0].projectCode", equalTo(consultation.code()))
                .body("items[0].fields.method", equalTo("COMPETITIVE_CONSULTATION"));

        ProjectView uninvited = aDraft(ProcurementMethod.REQUEST_FOR_QUOTATION);
        post(
                        "/" + uninvited.id() + "/publish",
                        Map.of("bidDeadline", OffsetDateTime.now().plusDays(1).toString()))
                .statusCode(409)
                .body("code", equalTo("INVITATIONS_MISSING"));
        notices("TENDER", uninvited.code()).body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void theDeadlineIsExtendedOnlyLaterAndBeforeItPassesWithACorrectionNotice() {
        ProjectView project = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        String path = "/" + project.id() + "/extend";
        post(path, Map.of("bidDeadline", OffsetDateTime.now().plusHours(1).toString(), "reason", "需求澄清"))
                .statusCode(409)
                .body("code", equalTo("DEADLINE_NOT_LATER"));
        post(path, Map.of("bidDeadline", OffsetDateTime.now().plusDays(3).toString(), "reason", "需求澄清"))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        notices("CORRECTION", project.code()).body("items", hasSize(1)).body("items[0].fields.reason", equalTo("需求澄清"));

        Projects.Tender closed = Projects.aClosedTender(service, YEAR, "1000.00");
        post(
                        "/" + closed.id() + "/extend",
                        Map.of("bidDeadline", OffsetDateTime.now().plusDays(3).toString(), "reason", "需求澄清"))
                .statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void aBatchIsPublishedAllOrNoneUnderEachProjectsRulesAndListedWithItsProjectCount() {
        int batch = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2037年第一批", "year", YEAR))
                .when()
                .post("/api/v1/batches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ProjectView open =
                Projects.aDraft(service, YEAR, "A02010104", ProcurementMethod.OPEN_TENDER, "1000.00", (long) batch);
        ProjectView consultation = Projects.aDraft(
                service, YEAR, "A02010104", ProcurementMethod.COMPETITIVE_CONSULTATION, "1000.00", (long) batch);
        service.setInvitations(Projects.CREATOR, consultation.id(), new SetInvitations(Projects.activeVendors(3)));
        given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusMinutes(10).toString()))
                .when()
                .post("/api/v1/batches/" + batch + "/publish")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("bidDeadline"));
        assertThat(service.get(open.id()).status()).isEqualTo(ProjectStatus.DRAFT);
        notices("TENDER", open.code()).body("items", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusHours(2).toString()))
                .when()
                .post("/api/v1/batches/" + batch + "/publish")
                .then()
                .statusCode(200)
                .body("projects.status", contains("PUBLISHED", "PUBLISHED"));
        given().queryParam("year", YEAR)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/batches")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.find { it.id == " + batch + " }.projectCount", equalTo(2));
    }

    @Test
    @TestSecurity(user = "vendor-t", roles = "vendor")
    void aBidAboveTheBudgetOrByAVendorNotInvitedIsRefused() {
        long me = Vendors.anActiveVendor("vendor-t");
        ProjectView open = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        given().contentType(ContentType.JSON)
                .body(Map.of("amount", new BigDecimal("1000.01")))
                .when()
                .post("/api/v1/projects/" + open.id() + "/bids")
                .then()
                .statusCode(409)
                .body("code", equalTo("BID_ABOVE_BUDGET"));
        ProjectView negotiation = aDraft(ProcurementMethod.COMPETITIVE_NEGOTIATION);
        service.setInvitations(Projects.CREATOR, negotiation.id(), new SetInvitations(Projects.activeVendors(3)));
        service.publish(
                Projects.CREATOR,
                negotiation.id(),
                new PublishProject(OffsetDateTime.now().plusDays(1)));
        given().contentType(ContentType.JSON)
                .body(Map.of("amount", new BigDecimal("900.00")))
                .when()
                .post("/api/v1/projects/" + negotiation.id() + "/bids")
                .then()
                .statusCode(409)
                .body("code", equalTo("NOT_INVITED"));
        assertThat(service.allowedSteps(new Actor("vendor-t", "vendor-t", Roles.VENDOR, null), negotiation.id()))
                .doesNotContain(ProjectStep.BID);
        assertThat(me).isPositive();
    }

    @Test
    @TestSecurity(
            user = "officer-t",
            roles = {"officer", "auditor"})
    void theBidsAreOpenedOnceAfterTheDeadlineAndTheOpeningIsAuditedWithEveryAmount() {
        ProjectView sealed = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        post("/" + sealed.id() + "/open-bids", "").statusCode(409).body("code", equalTo("BIDS_SEALED"));
        Projects.Tender tender = Projects.aClosedTender(service, YEAR, "1000.00", "900.00", "800.00");
        String openedAt = post("/" + tender.id() + "/open-bids", "")
                .statusCode(200)
                .body("projectId", equalTo((int) tender.id()))
                .body("openedBy", equalTo("officer-t"))
                .body("validBidCount", equalTo(2))
                .body("bids.amount", contains(800.00f, 900.00f))
                .body("bids.valid", contains(true, true))
                .body("bids[0].vendorName", notNullValue())
                .extract()
                .path("openedAt");
        post("/" + tender.id() + "/open-bids", "").statusCode(200).body("openedAt", equalTo(openedAt));
        given().when()
                .get("/api/v1/projects/" + tender.id() + "/bids")
                .then()
                .statusCode(200)
                .body("amount", contains(800.00f, 900.00f));
        given().queryParam("entityType", "Project")
                .queryParam("entityId", tender.id())
                .queryParam("action", "BIDS_OPENED")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].summary", containsString("¥800.00"))
                .body("items[0].summary", containsString("¥900.00"))
                .body(
                        "items[0].summary",
                        containsString("供应商 " + tender.vendorIds().get(0)));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void theBidsOfADraftCannotBeOpenedNorEvaluated() {
        ProjectView draft = aDraft(ProcurementMethod.OPEN_TENDER);
        post("/" + draft.id() + "/open-bids", "").statusCode(409).body("code", equalTo("BIDS_NOT_OPENABLE"));
        given().when()
                .get("/api/v1/projects/" + draft.id() + "/evaluation")
                .then()
                .statusCode(409)
                .body("code", equalTo("BIDS_NOT_OPENED"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void lowestPriceRanksByAmountAndTakesNoScores() {
        Projects.Tender tender = Projects.anOpenedTender(service, YEAR, "1000.00", "900.00", "800.00", "950.00");
        given().when()
                .get("/api/v1/projects/" + tender.id() + "/evaluation")
                .then()
                .statusCode(200)
                .body("method", equalTo("LOWEST_PRICE"))
                .body("ranking.rank", contains(1, 2, 3))
                .body("ranking.amount", contains(800.00f, 900.00f, 950.00f));
        put("/" + tender.id() + "/evaluation", Map.of("scores", List.of()))
                .statusCode(409)
                .body("code", equalTo("NOT_COMPREHENSIVE_SCORE"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void comprehensiveScoringRanksByPriceAndOtherPointsWithinTheirLimit() {
        CreateProject command = new CreateProject(
                "综合评分项目",
                YEAR,
                "A02010103",
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal("1000.00"),
                null,
                EvaluationMethod.COMPREHENSIVE_SCORE,
                30,
                null);
        Projects.Tender tender = Projects.aClosedTender(service, command, "800.00", "1000.00", "900.00");
        put("/" + tender.id() + "/evaluation", Map.of("scores", List.of()))
                .statusCode(409)
                .body("code", equalTo("BIDS_NOT_OPENED"));
        service.openBids(Projects.OPENER, tender.id());
        List<Long> bids = tender.bidIds();
        put(
                        "/" + tender.id() + "/evaluation",
                        Map.of("scores", List.of(Map.of("bidId", bids.get(0), "otherScore", 70.01))))
                .statusCode(400)
                .body("code", equalTo("SCORE_OUT_OF_RANGE"));
        put(
                        "/" + tender.id() + "/evaluation",
                        Map.of(
                                "scores",
                                List.of(
                                        Map.of("bidId", bids.get(0), "otherScore", 40),
                                        Map.of("bidId", bids.get(1), "otherScore", 70),
                                        Map.of("bidId", bids.get(2), "otherScore", 50))))
                .statusCode(200)
                .body("method", equalTo("COMPREHENSIVE_SCORE"))
                // 1000.00: 800/1000×30 = 24.00 + 70 = 94.00; 800.00: 30.00 + 40 = 70.00; 900.00: 26.67 + 50 = 76.67.
                .body(
                        "ranking.bidId",
                        contains(
                                bids.get(1).intValue(),
                                bids.get(2).intValue(),
                                bids.get(0).intValue()))
                .body("ranking.totalScore", contains(94.00f, 76.67f, 70.00f));
        post("/" + tender.id() + "/award", Map.of("bidId", bids.get(0)))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post("/" + tender.id() + "/award", Map.of("bidId", bids.get(1)))
                .statusCode(200)
                .body("awardedAmount", equalTo(1000.00f));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void anAwardNeedsTheOpeningAndEnoughValidBids() {
        Projects.Tender two = Projects.aClosedTender(service, YEAR, "1000.00", "900.00", "800.00");
        post("/" + two.id() + "/award", Map.of("bidId", two.bidIds().get(1)))
                .statusCode(409)
                .body("code", equalTo("BIDS_NOT_OPENED"));
        service.openBids(Projects.OPENER, two.id());
        post("/" + two.id() + "/award", Map.of("bidId", two.bidIds().get(1)))
                .statusCode(409)
                .body("code", equalTo("TOO_FEW_VALID_BIDS"));
        assertThat(service.get(two.id()).status()).isEqualTo(ProjectStatus.PUBLISHED);
        ProjectView open = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        post("/" + open.id() + "/award", Map.of("bidId", 1)).statusCode(400).body("errors[0].field", equalTo("bidId"));
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void passingOverTheFirstRankedBidNeedsAWrittenReasonAndTheResultIsANotice() {
        Projects.Tender tender = Projects.anOpenedTender(service, YEAR, "1000.00", "900.00", "800.00", "950.00");
        String path = "/" + tender.id() + "/award";
        post(path, Map.of("bidId", tender.bidIds().get(0)))
                .statusCode(400)
                .body("code", equalTo("AWARD_REASON_REQUIRED"))
                .body("errors[0].field", equalTo("reason"));
        post(path, Map.of("bidId", tender.bidIds().get(0), "reason", "太短的理由"))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String reason = "排名第一的供应商书面放弃中标资格，依次递补";
        post(path, Map.of("bidId", tender.bidIds().get(0), "reason", reason))
                .statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedAmount", equalTo(900.00f))
                .body("awardReason", equalTo(reason));
        notices("RESULT", tender.project().code())
                .body("items", hasSize(1))
                .body("items[0].fields.amount", equalTo(900.00f))
                .body("items[0].fields.evaluationMethod", equalTo("LOWEST_PRICE"))
                .body("items[0].fields.uscc", notNullValue())
                .body("items[0].fields.vendor", notNullValue());
    }

    @Test
    @TestSecurity(user = "vendor-outcome", roles = "vendor")
    void aVendorFollowsItsBidsFromPendingToWonOrLost() {
        String[] subjects = {"vendor-outcome", "vendor-outcome-2", "vendor-outcome-3"};
        for (String subject : subjects) {
            Vendors.anActiveVendor(subject);
        }
        ProjectView project = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        List<Long> bids = new java.util.ArrayList<>();
        String[] amounts = {"900.00", "800.00", "950.00"};
        for (int i = 0; i < subjects.length; i++) {
            bids.add(service.placeBid(
                            new Actor(subjects[i], subjects[i], Roles.VENDOR, null),
                            project.id(),
                            new PlaceBid(new BigDecimal(amounts[i])))
                    .id());
        }
        given().when()
                .get("/api/v1/projects/" + project.id() + "/bids/mine")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("PENDING"));
        Projects.deadlinePassesNow(project.id());
        service.openBids(Projects.OPENER, project.id());
        service.award(OTHER_OFFICER, project.id(), new AwardProject(bids.get(1), null, null));
        given().when()
                .get("/api/v1/projects/" + project.id() + "/bids/mine")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("LOST"));
        given().queryParam("size", 200)
                .when()
                .get("/api/v1/vendors/me/bids")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].projectCode", equalTo(project.code()))
                .body("items[0].title", equalTo(project.title()))
                .body("items[0].status", equalTo("AWARDED"))
                .body("items[0].outcome", equalTo("LOST"));
        assertThat(service.myBid(new Actor(subjects[1], subjects[1], Roles.VENDOR, null), project.id())
                        .outcome())
                .isEqualTo(BidOutcome.WON);
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void failingAndTerminatingAPublishedTenderArePublicNotices() {
        Projects.Tender closed = Projects.aClosedTender(service, YEAR, "1000.00", "900.00");
        post("/" + closed.id() + "/fail", Map.of("reason", "有效投标不足三家")).statusCode(200);
        notices("FAILED", closed.project().code())
                .body("items", hasSize(1))
                .body("items[0].fields.reason", equalTo("有效投标不足三家"));
        ProjectView published = Projects.aPublished(service, YEAR, "1000.00", Duration.ofDays(1));
        post("/" + published.id() + "/cancel", Map.of("reason", "需求取消")).statusCode(200);
        notices("TERMINATED", published.code()).body("items", hasSize(1));
        ProjectView draft = aDraft(ProcurementMethod.OPEN_TENDER);
        post("/" + draft.id() + "/cancel", Map.of("reason", "需求取消")).statusCode(200);
        notices("TERMINATED", draft.code()).body("items", hasSize(0));
    }

    private static Map<String, Object> aRecord(Object vendorId, Object awardedAmount, OffsetDateTime awardedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "中央集中采购服务器");
        body.put("year", YEAR);
        body.put("categoryCode", "A02010103");
        body.put("method", "OPEN_TENDER");
        body.put("budgetAmount", 500000);
        body.put("awardedAmount", awardedAmount);
        body.put("vendorId", vendorId);
        body.put("awardedAt", awardedAt.toString());
        body.put("reference", "GC-" + YEAR + "-0001");
        return body;
    }

    @Test
    @TestSecurity(user = "officer-t", roles = "officer")
    void aRecordedResultIsConfirmedOnlyByAnotherOfficer() {
        long vendor = Projects.activeVendors(1).get(0);
        OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
        post("/records", aRecord(vendor, 500000.01, yesterday))
                .statusCode(400)
                .body("errors[0].field", equalTo("awardedAmount"));
        post("/records", aRecord(vendor, 0, yesterday))
                .statusCode(400)
                .body("errors[0].field", equalTo("awardedAmount"));
        post("/records", aRecord(vendor, 480000, OffsetDateTime.now().plusDays(1)))
                .statusCode(400)
                .body("errors[0].field", equalTo("awardedAt"));
        post("/records", aRecord(999999999L, 480000, yesterday))
                .statusCode(400)
                .body("errors[0].field", equalTo("vendorId"));
        int mine = post("/records", aRecord(vendor, 480000, yesterday))
                .statusCode(201)
                .body("status", equalTo("RECORDED"))
                .body("source", equalTo("RECORDED"))
                .body("awardedAmount", equalTo(480000.00f))
                .body("awardedVendorId", equalTo((int) vendor))
                .extract()
                .path("id");
        post("/" + mine + "/confirm", "").statusCode(409).body("code", equalTo("RECORDER_CANNOT_CONFIRM"));
        ProjectView theirs = service.record(
                Projects.CREATOR,
                new RecordResult(
                        "中央集中采购服务器",
                        YEAR,
                        "A02010103",
                        ProcurementMethod.OPEN_TENDER,
                        new BigDecimal("500000.00"),
                        new BigDecimal("470000.00"),
                        vendor,
                        yesterday,
                        "GC-" + YEAR + "-0002"));
        post("/" + theirs.id() + "/confirm", "").statusCode(200).body("status", equalTo("AWARDED"));
        post("/" + theirs.id() + "/confirm", "").statusCode(409).body("code", equalTo("PROJECT_NOT_RECORDED"));
        given().queryParam("source", "RECORDED")
                .queryParam("year", YEAR)
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items.source", org.hamcrest.Matchers.everyItem(equalTo("RECORDED")));
    }
}
