package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every page shares: the language, sign-in, the refusal pages, the CSRF token on forms. */
@QuarkusTest
class PagesTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void anonymousVisitorsGetTheChineseHomePageAndEnglishByTheirBrowsersLanguageOrTheSwitch() throws Exception {
        given().when().get("/").then().statusCode(200).body(containsString("<h1>首页</h1>"));
        given().header("Accept-Language", "en-US,en;q=0.8")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<h1>Home</h1>"));
        String chosen = given().redirects()
                .follow(false)
                .header("Referer", base + "vendor/company?page=1")
                .when()
                .get("/language?to=en")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/vendor/company"))
                .extract()
                .cookie("lang");
        assertThat(chosen).isEqualTo("en");
        given().cookie("lang", "en")
                .header("Accept-Language", "zh-CN")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<h1>Home</h1>"));
        try (Browser browser = Browser.open(base)) {
            browser.go("/").shows("h1", "首页");
            browser.click("a[lang=en]").shows("h1", "Home");
            browser.click("a[lang=zh-CN]").shows("h1", "首页");
            browser.phoneScreenshot("home-on-a-phone");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://x//evil.example/p",
                "https://x/\\evil.example/p",
                "https://x///evil.example/p",
                "javascript:alert(1)",
                "not an address"
            })
    void theLanguageSwitchSendsAVisitorFromElsewhereToThisSitesHomePage(String referer) {
        String location = given().redirects()
                .follow(false)
                .header("Referer", referer)
                .when()
                .get("/language?to=en")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        URI back = URI.create(location);
        assertThat(back.getRawAuthority()).isEqualTo(base.getAuthority());
        assertThat(back.getRawPath()).isEqualTo("/");
    }

    @Test
    void pagesMayNotBeFramedNorLoadAnythingFromElsewhereAndNoAnswerIsSniffed() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
        given().when().get("/api/v1/projects").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aSignInToThePagesIsAuditedWithTheRoleAndAddress() throws Exception {
        String user = "page-signing-in-" + System.nanoTime();
        try (Browser browser = Browser.open(base)) {
            browser.signIn(user, Roles.MANAGER);
        }
        // Written in the request that completed the sign-in: there as soon as the browser is signed in.
        List<?> events = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT actor_role, source_ip, summary FROM audit_event"
                                + " WHERE action = 'SIGNED_IN' AND actor = :user")
                        .setParameter("user", user)
                        .getResultList());
        assertThat(events).hasSize(1);
        Object[] event = (Object[]) events.get(0);
        assertThat(event[0]).isEqualTo(Roles.MANAGER);
        assertThat(event[1]).isEqualTo("127.0.0.1");
        assertThat(event[2]).isEqualTo(user + " 登录网页，角色 manager");
    }

    @Test
    void anOfficersPageAsksAnonymousVisitorsToSignIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/officer/projects")
                .then()
                .statusCode(302)
                .header("Location", containsString("/authorize"));
    }

    @Test
    void theApiStillAnswers401WithoutAToken() {
        given().redirects().follow(false).when().get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void aVendorOpeningAnOfficersPageGetsTheForbiddenPage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-nosy-vendor-" + System.nanoTime(), Roles.VENDOR)
                    .go("/officer/projects");
            browser.shows("h1", "无权访问");
            assertThat(browser.text("[role=alert]")).isEqualTo("当前角色无权执行此操作");
            assertThat(browser.page()).doesNotContain("Exception");
            browser.screenshot("vendor-forbidden-on-officer-page");
        }
    }

    @Test
    @TestSecurity(user = "page-csrf-vendor", roles = Roles.VENDOR)
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        given().when().get("/vendor/company").then().statusCode(200).body(containsString("name=\"csrf-token\""));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("uscc", "91110000710926094P")
                .formParam("name", "跨站提交的公司")
                .when()
                .post("/vendor/company")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("表单已过期"));
        given().when().get("/vendor/company").then().body(not(containsString("跨站提交的公司")));
    }

    /** A site that can plant a cookie (a sibling subdomain) cannot make up a token: the cookie must carry our signature. */
    @Test
    @TestSecurity(user = "page-csrf-forger", roles = Roles.VENDOR)
    void aTokenThatTheServiceDidNotSignIsRefusedAndChangesNothing() {
        byte[] made = new byte[16];
        new SecureRandom().nextBytes(made);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(made);
        given().contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", forged)
                .formParam("csrf-token", forged)
                .formParam("uscc", "91110000710926094P")
                .formParam("name", "伪造令牌的公司")
                .formParam("contactName", "张三")
                .formParam("contactPhone", "010-12345678")
                .formParam("email", "sales@forged.example.cn")
                .redirects()
                .follow(false)
                .when()
                .post("/vendor/company")
                .then()
                .statusCode(400)
                .body(containsString("表单已过期"));
        given().when().get("/vendor/company").then().body(not(containsString("伪造令牌的公司")));
    }
}
