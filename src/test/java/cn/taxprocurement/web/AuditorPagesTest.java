package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditorPagesTest {
    private static final Actor OFFICER = new Actor("page-words-officer", "页面用语经办人", Roles.OFFICER, null);

    @Inject
    ProjectService projects;

    @Test
    @TestSecurity(user = "page-words-auditor", roles = Roles.AUDITOR)
    void actionsAndObjectsReadAsWordsInChineseAndEnglishWhileTheFilterSendsTheirCodes() {
        projects.create(
                OFFICER,
                new CreateProject(
                        "审计用语项目", 2041, "A02010104", ProcurementMethod.OPEN_TENDER, new BigDecimal("120000.00"), null));

        given().queryParam("action", "PROJECT_CREATED")
                .queryParam("actor", "页面用语经办人")
                .get("/auditor/events")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"PROJECT_CREATED\" selected>创建采购项目</option>"))
                .body(containsString("<option value=\"Product\">产品</option>"))
                .body(containsString(">创建采购项目</a></td>"))
                .body(containsString("<td>采购项目「审计用语项目」</td>"))
                .body(containsString("<td>页面用语经办人（采购经办人）</td>"))
                .body(not(containsString("<input id=\"action\"")));
        given().cookie("lang", "en")
                .queryParam("action", "PROJECT_CREATED")
                .queryParam("actor", "页面用语经办人")
                .get("/auditor/events")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"PROJECT_CREATED\" selected>Project created</option>"))
                .body(containsString(">Project created</a></td>"))
                .body(containsString("<td>Project「审计用语项目」</td>"));
    }

    @Test
    @TestSecurity(user = "page-words-auditor", roles = Roles.AUDITOR)
    void everyActionIsOfferedInWordsInBothLanguages() {
        for (String language : new String[] {"zh-CN", "en"}) {
            String page = given().cookie("lang", language)
                    .get("/auditor/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            for (AuditAction action : AuditAction.values()) {
                assertThat(
                        language + " " + action,
                        page,
                        matchesPattern("(?s).*<option value=\"" + action + "\">(?!" + action + "<)[^<]+</option>.*"));
            }
        }
    }
}
