package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's language reaches everything they read: a refusal on a page and in the API, and amounts counted as
 * they count them.
 */
@QuarkusTest
class ReaderLanguageTest {
    private static final Actor OFFICER = new Actor("officer-language", "officer-language", Roles.OFFICER, null);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ProjectService projects;

    @Test
    @TestSecurity(user = "vendor-language", roles = Roles.VENDOR)
    void aBidRefusedOnAnEnglishPageGivesTheRuleInEnglishAndOnAChinesePageInChinese() {
        Vendors.anActiveVendor("vendor-language");
        ProjectView draft = projects.create(
                OFFICER,
                new CreateProject(
                        "英文页面投标测试", 2034, "A02010104", ProcurementMethod.OPEN_TENDER, new BigDecimal("1000.00"), null));

        String english = refusedBid(draft, "en");
        assertThat(english).contains("Project " + draft.code() + " is &quot;Draft&quot;: it takes no bids");
        assertThat(english).doesNotContain("不接受投标");

        String chinese = refusedBid(draft, "zh-CN");
        assertThat(chinese).contains("项目 " + draft.code() + " 当前状态为“草稿”，不接受投标");
    }

    @Test
    @TestSecurity(user = "officer-language", roles = Roles.OFFICER)
    void amountsReadInMillionsOfYuanInEnglishAndIn万元InChinese() {
        ProjectView draft = projects.create(
                OFFICER,
                new CreateProject(
                        "英文页面金额测试",
                        2034,
                        "A02010104",
                        ProcurementMethod.OPEN_TENDER,
                        new BigDecimal("1520000.00"),
                        null));
        String page = "/officer/projects/" + draft.id();

        assertThat(given().cookie("lang", "en").when().get(page).body().asString())
                .contains("¥1,520,000.00")
                .contains("1.52 million yuan")
                .doesNotContain("万元");
        assertThat(given().cookie("lang", "zh-CN").when().get(page).body().asString())
                .contains("152.00万元");
    }

    @Test
    @TestSecurity(user = "officer-language", roles = Roles.OFFICER)
    void theApiAnswersInEnglishToAClientThatAsksForItAndInChineseOtherwise() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when()
                .get("/api/v1/projects/987654321")
                .then()
                .statusCode(404)
                .body("code", equalTo("PROJECT_NOT_FOUND"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Project 987654321 does not exist"));
        given().when()
                .get("/api/v1/projects/987654321")
                .then()
                .statusCode(404)
                .body("type", equalTo("tag:taxprocurement.cn,2026:project-not-found"))
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("采购项目 987654321 不存在"));
    }

    @Test
    @TestSecurity(user = "officer-language", roles = Roles.OFFICER)
    void theApisValidationMessagesAreInEnglishForAClientThatAsksForItAndInChineseOtherwise() {
        String blank = "{\"title\":\"\",\"year\":2049,\"categoryCode\":\"A02010104\",\"method\":\"OPEN_TENDER\","
                + "\"budgetAmount\":1000}";
        given().header("Accept-Language", "en")
                .contentType("application/json")
                .body(blank)
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'title' }.message", equalTo("Give the project title"));
        given().contentType("application/json")
                .body(blank)
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'title' }.message", equalTo("请填写项目名称"));
    }

    @Test
    @TestSecurity(user = "vendor-outcome-language", roles = Roles.VENDOR)
    void aVendorsBidsPageGivesItsBidsOutcomeInTheReadersLanguageAndHidesTendersItIsNotInvitedTo() {
        Vendors.anActiveVendor("vendor-outcome-language");
        Actor vendor = new Actor("vendor-outcome-language", "vendor-outcome-language", Roles.VENDOR, null);
        ProjectView open = projects.create(
                OFFICER,
                new CreateProject(
                        "英文页面投标结果测试",
                        2034,
                        "A02010104",
                        ProcurementMethod.OPEN_TENDER,
                        new BigDecimal("1000.00"),
                        null));
        projects.publish(
                OFFICER, open.id(), new PublishProject(OffsetDateTime.now().plusDays(1)));
        projects.placeBid(vendor, open.id(), new PlaceBid(new BigDecimal("900.00")));
        List<Long> others = List.of(
                Vendors.anActiveVendor("vendor-outcome-other-1"),
                Vendors.anActiveVendor("vendor-outcome-other-2"),
                Vendors.anActiveVendor("vendor-outcome-other-3"));
        ProjectView invited = projects.create(
                OFFICER,
                new CreateProject(
                        "未邀请的投标测试",
                        2034,
                        "A02010104",
                        ProcurementMethod.INVITED_TENDER,
                        new BigDecimal("1000.00"),
                        null,
                        null,
                        null,
                        others));
        projects.publish(
                OFFICER, invited.id(), new PublishProject(OffsetDateTime.now().plusDays(1)));

        String english =
                given().cookie("lang", "en").when().get("/vendor/bids").body().asString();
        assertThat(english).contains("My bids").contains(">Pending<").contains(open.code());
        assertThat(english).doesNotContain(invited.code());
        assertThat(given().cookie("lang", "zh-CN")
                        .when()
                        .get("/vendor/bids")
                        .body()
                        .asString())
                .contains("我的投标记录")
                .contains(">未定<");
    }

    private static String refusedBid(ProjectView project, String language) {
        Response page = given().cookie("lang", language).when().get("/vendor/imports");
        Matcher token = FORM_TOKEN.matcher(page.body().asString());
        assertThat(token.find()).as("the imports page carries a CSRF token").isTrue();
        return given().cookie("lang", language)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1))
                .formParam("amount", "100.00")
                .when()
                .post("/vendor/bids/" + project.id())
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
    }
}
