package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.embedded.DemoCatalog;
import cn.taxprocurement.embedded.DemoData;
import cn.taxprocurement.fixtures.Tokens;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A newcomer's first day on the embedded default's demo data: each demo account signs in and opens every page of its
 * menu, which shows demo data and no error; each page's screenshot is saved for people to look at.
 */
@QuarkusTest
class FirstDayJourneyTest {
    /** Pages whose newest rows other tests may have written: they must show rows, whoever wrote them. */
    private static final String ANY_ROWS = "";

    private static final List<String> ERROR_TITLES = List.of("无权访问", "未找到", "当前状态不允许此操作", "请求无效", "出错了");

    @TestHTTPResource("/")
    URL base;

    @Inject
    DemoData demo;

    @BeforeEach
    void demoData() throws InterruptedException {
        demo.load();
        importFinished();
    }

    @Test
    void anAnonymousVisitorReadsTheLatestNoticesAndEveryPublicPage() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            visitMenu(browser, "anonymous", Map.of("/", ANY_ROWS, "/notices", ANY_ROWS));
        }
    }

    @Test
    void theOfficerSeesDemoDataOnEveryPageOfTheMenu() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("officer", Roles.OFFICER);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("/", "已过投标截止");
            expected.put("/catalog", ANY_ROWS);
            expected.put("/officer/projects?year=2019", "2019年国家税务总局机关核心交换机采购");
            expected.put("/officer/vendors", "待审核");
            expected.put("/officer/products?q=启天", "启天");
            expected.put("/officer/price-changes", "演示数据");
            expected.put("/officer/rounds", "2019年度信息类产品入围采购");
            expected.put("/officer/batches?year=2019", "2019年第一批网络及安全设备同批采购");
            expected.put("/officer/orders", ANY_ROWS);
            expected.put("/notices", ANY_ROWS);
            visitMenu(browser, "officer", expected);
        }
    }

    @Test
    void theVendorSignsInAsItsDemoCompanyAndSeesItsListingsImportsBidsOrdersAndCompetitions() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(DemoCatalog.VENDOR_ACCOUNT, Roles.VENDOR);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("/", "联想-本年度入围产品目录.xlsx");
            expected.put("/vendor/company", "联想（北京）有限公司");
            expected.put("/vendor/products", "启天 M437");
            expected.put("/vendor/imports", "联想-本年度入围产品目录.xlsx");
            expected.put("/vendor/bids", "2019年国家税务总局机关核心交换机采购");
            expected.put("/vendor/orders", "启天 M437");
            expected.put("/vendor/competitions", "年机关台式计算机二次竞价");
            expected.put("/catalog", ANY_ROWS);
            expected.put("/notices", ANY_ROWS);
            visitMenu(browser, "vendor", expected);
        }
    }

    @Test
    void theManagerSeesTheDashboardAndTheReportsOfTheDemoYears() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("manager", Roles.MANAGER);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("/", "节约");
            expected.put("/manager/reports", "亿元");
            expected.put("/catalog", ANY_ROWS);
            expected.put("/notices", ANY_ROWS);
            visitMenu(browser, "manager", expected);
            browser.go("/manager/reports?year=2018");
            assertThat(browser.page()).contains("12.21亿元").contains("11.28亿元").contains("7.61%");
            browser.screenshot("first-day-manager-reports-2018");
        }
    }

    @Test
    void theAuditorReadsTheDemoTrailInWords() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("auditor", Roles.AUDITOR);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("/", "审计");
            expected.put("/auditor/events", ANY_ROWS);
            expected.put("/catalog", ANY_ROWS);
            expected.put("/notices", ANY_ROWS);
            visitMenu(browser, "auditor", expected);
            browser.go("/auditor/events?action=PROJECT_CONFIRMED&actor=演示采购复核人");
            assertThat(browser.text("tbody tr td:nth-child(4)")).isEqualTo("确认采购结果");
            assertThat(browser.text("tbody tr td:nth-child(5)")).matches("采购项目「201[89]年.+」");
            browser.screenshot("first-day-auditor-confirmed-results");
        }
    }

    /**
     * Opens the home page and every page its menu links to, checking that the menu is exactly {@code expected}'s pages
     * (the home page aside) and that each shows its demo text and no error.
     */
    private void visitMenu(Browser browser, String role, Map<String, String> expected) throws Exception {
        browser.go("/");
        List<String> menu = browser.driver.findElements(By.cssSelector("header nav a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath())
                .toList();
        assertThat(menu)
                .containsExactlyInAnyOrderElementsOf(expected.keySet().stream()
                        .filter(path -> !path.equals("/"))
                        .map(path -> URI.create(path).getPath())
                        .toList());
        for (Map.Entry<String, String> page : expected.entrySet()) {
            browser.go(page.getKey());
            WebElement heading = browser.find("main h1");
            assertThat(heading.getText()).as(page.getKey()).isNotIn(ERROR_TITLES);
            if (page.getValue().equals(ANY_ROWS)) {
                assertThat(browser.driver.findElements(By.cssSelector("main tbody tr td:not(.muted), main li")))
                        .as(page.getKey())
                        .isNotEmpty();
            } else {
                assertThat(browser.page()).as(page.getKey()).contains(page.getValue());
            }
            String path = URI.create(page.getKey()).getPath();
            browser.screenshot("first-day-" + role + (path.equals("/") ? "-home" : path.replace('/', '-')));
        }
    }

    /** Waits until the workers have ended the demo vendor's catalog import; fails after a minute. */
    private static void importFinished() throws InterruptedException {
        String vendor = Tokens.of(DemoCatalog.VENDOR_ACCOUNT);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = given().auth()
                    .oauth2(vendor)
                    .get("/api/v1/vendors/me/catalog-imports")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].status");
            if (List.of("SUCCEEDED", "FAILED").contains(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo catalog import did not finish within a minute");
    }
}
