package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.project.BatchView;
import cn.taxprocurement.project.CreateBatch;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The officer's project forms: a category picked by name, every error at once, a confirmation before a step that ends
 * something, what a merge came from and kept, and a batch that says what it published.
 */
@QuarkusTest
class ProjectFormsTest {
    private static final String OFFICER_NAME = "officer-forms";
    private static final Actor OFFICER = new Actor(OFFICER_NAME, OFFICER_NAME, Roles.OFFICER, null);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String UNTICKED = RefusalCode.CONFIRMATION_REQUIRED.message(Languages.CHINESE);

    @Inject
    ProjectService projects;

    @Inject
    CatalogRoundService rounds;

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void theNewProjectFormPicksItsCategoryFromTheCategoriesByName() {
        String page = given().when().get("/officer/projects/new").body().asString();
        assertThat(page)
                .contains("<select id=\"categoryCode\" name=\"categoryCode\"><option value=\"\">请选择品目</option>")
                .contains("<option value=\"A02010104\" >台式计算机</option>")
                .doesNotContain("placeholder=\"A02010104\"");
        assertThat(given().when().get("/officer/projects/records").body().asString())
                .contains("<option value=\"A02010105\" >便携式计算机</option>");
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void aNewProjectWithManyMistakesShowsEveryOneOfThemNextToItsFieldInOneAnswer() {
        long before = count2045();
        String page = post(
                        "/officer/projects/new",
                        "/officer/projects",
                        Map.of(
                                "title", "",
                                "year", "2045",
                                "categoryCode", "",
                                "method", "OPEN_TENDER",
                                "budgetAmount", "0",
                                "batchId", "987654321",
                                "evaluationMethod", "LOWEST_PRICE",
                                "priceWeight", "60"))
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
        assertThat(page)
                .contains("id=\"title-error\"")
                .contains("id=\"categoryCode-error\" role=\"alert\">请选择品目<")
                .contains("id=\"budgetAmount-error\"")
                .contains("id=\"batchId-error\" role=\"alert\">"
                        + RefusalCode.UNKNOWN_BATCH.message(Languages.CHINESE, 987654321L))
                .contains("id=\"priceWeight-error\" role=\"alert\">"
                        + RefusalCode.PRICE_WEIGHT_NOT_ALLOWED.message(Languages.CHINESE));
        assertThat(count2045()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void cancellingAProjectWithoutTickingTheConfirmationIsRefusedAndChangesNothing() {
        ProjectView draft = projects.create(OFFICER, draft("取消确认测试", null));
        String path = "/officer/projects/" + draft.id();

        String page = post(path, path + "/cancel", Map.of("reason", "需求取消"))
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
        assertThat(page).contains("id=\"confirmed-error\" role=\"alert\">" + UNTICKED);
        assertThat(page).contains("value=\"需求取消\"");
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.DRAFT);

        post(path, path + "/cancel", Map.of("reason", "需求取消", "confirmed", "yes"))
                .then()
                .statusCode(303);
        assertThat(projects.get(draft.id()).status()).isEqualTo(ProjectStatus.CANCELLED);
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void failingATenderWithoutTickingTheConfirmationIsRefusedAndChangesNothing() throws InterruptedException {
        long id = aTenderPastItsDeadline();
        String path = "/officer/projects/" + id;

        assertThat(post(path, path + "/fail", Map.of("reason", "有效投标不足"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .body()
                        .asString())
                .contains("id=\"confirmed-error\" role=\"alert\">" + UNTICKED);
        assertThat(projects.get(id).status()).isEqualTo(ProjectStatus.PUBLISHED);

        post(path, path + "/fail", Map.of("reason", "有效投标不足", "confirmed", "yes"))
                .then()
                .statusCode(303);
        assertThat(projects.get(id).status()).isEqualTo(ProjectStatus.FAILED);
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void closingARoundWithoutTickingTheConfirmationIsRefusedAndLeavesItOpen() {
        RoundView round = rounds.open(OFFICER, new RoundRequests.Open(2045, "2045 年确认关闭测试", List.of("A02010301")));
        String close = "/officer/rounds/" + round.id() + "/close";

        assertThat(post("/officer/rounds", close, Map.of())
                        .then()
                        .statusCode(200)
                        .extract()
                        .body()
                        .asString())
                .contains("<p class=\"alert\" role=\"alert\">" + UNTICKED);
        assertThat(status(round.id())).isEqualTo(RoundStatus.OPEN);

        post("/officer/rounds", close, Map.of("confirmed", "yes")).then().statusCode(200);
        assertThat(status(round.id())).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void aRefusedMergeShowsTheListAgainWithTheSameProjectsTicked() {
        ProjectView first = projects.create(OFFICER, draft("合并勾选一", null));
        ProjectView second = projects.create(OFFICER, draft("合并勾选二", null));

        String refused = post(
                        "/officer/projects",
                        "/officer/projects/merge",
                        Map.of("title", "", "projectIds", List.of(first.id(), second.id())))
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
        assertThat(refused)
                .contains("value=\"" + first.id() + "\" checked ")
                .contains("value=\"" + second.id() + "\" checked ")
                .contains("id=\"title-error\"");
        assertThat(projects.get(first.id()).status()).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void aMergedProjectListsTheProjectsItWasMergedFromWithLinks() {
        ProjectView first = projects.create(OFFICER, draft("合并来源一", null));
        ProjectView second = projects.create(OFFICER, draft("合并来源二", null));
        ProjectView merged = projects.merge(OFFICER, new MergeProjects("合并后的项目", List.of(first.id(), second.id())));

        assertThat(given().when().get("/officer/projects/" + merged.id()).body().asString())
                .contains("<a href=\"/officer/projects/" + first.id() + "\">" + first.code() + "</a> 合并来源一")
                .contains("<a href=\"/officer/projects/" + second.id() + "\">" + second.code() + "</a> 合并来源二");
    }

    @Test
    @TestSecurity(user = OFFICER_NAME, roles = Roles.OFFICER)
    void aBatchShowsItsProjectsTitlesAndDeadlinesSaysWhatItPublishedAndThenOffersNoMorePublishing() {
        BatchView batch = projects.createBatch(OFFICER, new CreateBatch("2045 年表单批次", 2045));
        ProjectView first = projects.create(OFFICER, draft("批次项目甲", batch.id()));
        ProjectView second = projects.create(OFFICER, draft("批次项目乙", batch.id()));
        String path = "/officer/batches/" + batch.id();
        assertThat(given().when().get(path).body().asString())
                .contains("批次项目甲")
                .contains("id=\"publish\"")
                .doesNotContain("id=\"nothing-to-publish\"");

        LocalDateTime deadline = LocalDateTime.now(Formats.SHANGHAI)
                .plusDays(30)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        String page = post(path, path + "/publish", Map.of("bidDeadline", deadline.toString()))
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
        String shown = deadline.toLocalDate() + " 10:00";
        assertThat(page)
                .contains("id=\"published\">已发布：" + first.code() + ", " + second.code() + "<")
                .contains("<td>批次项目乙</td><td>" + shown + "</td>")
                .contains("id=\"nothing-to-publish\"")
                .doesNotContain("id=\"publish\"");
    }

    private long aTenderPastItsDeadline() throws InterruptedException {
        ProjectView draft = projects.create(OFFICER, draft("流标确认测试", null));
        projects.publish(
                OFFICER, draft.id(), new PublishProject(OffsetDateTime.now().plus(Duration.ofMillis(1500))));
        // The project itself says when its bidding has closed: then an officer may fail it.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (!projects.allowedSteps(OFFICER, draft.id()).contains(ProjectStep.FAIL)) {
            assertThat(Instant.now()).as("bidding closes").isBefore(giveUp);
            Thread.sleep(50);
        }
        return draft.id();
    }

    private long count2045() {
        return projects.search(2045, null, null, null, null, PageRequest.of(0, 1))
                .total();
    }

    private RoundStatus status(long roundId) {
        return rounds.list(2045).stream()
                .filter(r -> r.id() == roundId)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static CreateProject draft(String title, Long batchId) {
        return new CreateProject(
                title, 2045, "A02010104", ProcurementMethod.OPEN_TENDER, new BigDecimal("1000.00"), batchId);
    }

    /** Posts {@code fields} to {@code action} with the CSRF token of the form page {@code from}. */
    static Response post(String from, String action, Map<String, ?> fields) {
        Response page = given().when().get(from);
        Matcher token = FORM_TOKEN.matcher(page.body().asString());
        assertThat(token.find()).as(from + " carries a CSRF token").isTrue();
        var request = given().redirects()
                .follow(false)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.when().post(action);
    }
}
