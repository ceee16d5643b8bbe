package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.report.SavingsReportService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManagerPagesTest {
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\d+)\" selected");
    private static final Actor OFFICER = new Actor("page-years-officer", "page-years-officer", Roles.OFFICER, null);

    @Inject
    CatalogRoundService rounds;

    @Inject
    SavingsReportService savings;

    @Test
    @TestSecurity(user = "page-years-manager", roles = Roles.MANAGER)
    void theYearIsPickedFromTheYearsWithDataAndTheReportsOpenOnTheLatestYearWithAwardedProjects() {
        rounds.open(OFFICER, new RoundRequests.Open(2042, "2042年度页面年度选择入围采购", List.of("A02010104")));

        String page =
                given().get("/manager/reports").then().statusCode(200).extract().asString();
        String select = page.substring(page.indexOf("<select id=\"year\""), page.indexOf("</select>"));
        List<String> years =
                OPTION.matcher(select).results().map(m -> m.group(1)).toList();
        // A year with only a shortlist round is offered too, latest first.
        assertThat(years).contains("2042").isSortedAccordingTo((a, b) -> b.compareTo(a));
        List<Integer> awarded = savings.years();
        assertThat(SELECTED.matcher(select).results().map(m -> m.group(1)).toList())
                .containsExactly(String.valueOf(awarded.get(awarded.size() - 1)));
        assertThat(page).doesNotContain("<input id=\"year\"");
    }

    @Test
    @TestSecurity(user = "page-years-manager", roles = Roles.MANAGER)
    void aYearThatIsNotOneShowsTheReportsPageWithAMessageNotAnErrorPage() {
        for (String bad : List.of("abc", "20x1", "1899", "99999")) {
            String html = given().queryParam("year", bad)
                    .get("/manager/reports")
                    .then()
                    .statusCode(200)
                    .body(containsString("<h2>"))
                    .extract()
                    .asString();
            assertThat(html)
                    .contains("<p id=\"bad-year\" role=\"alert\" class=\"alert\">「" + bad + "」不是年度，请从列表中选择一个有数据的年度。");
        }
        given().queryParam("year", "2042")
                .get("/manager/reports")
                .then()
                .statusCode(200)
                .body(not(containsString("bad-year")));
    }
}
