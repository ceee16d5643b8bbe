package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A manager reads the dashboard and downloads both reports; an auditor checks the audit chain. */
@QuarkusTest
class ManagerAndAuditorJourneyTest {
    private static final Actor CREATOR = new Actor("page-manager-creator", "page-manager-creator", Roles.OFFICER, null);
    private static final Actor AWARDER = new Actor("page-manager-awarder", "page-manager-awarder", Roles.OFFICER, null);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ProjectService projects;

    @Test
    void aManagerOpensTheDashboardAndDownloadsBothReportsAsWorkbooks() throws Exception {
        long vendorId = Vendors.anActiveVendor("page-manager-vendor-" + System.nanoTime());
        // A result procured elsewhere counts in the reports once a second officer confirms it.
        long id = projects.record(
                        CREATOR,
                        new RecordResult(
                                "页面报表项目",
                                2064,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("200000000.00"),
                                new BigDecimal("180000000.00"),
                                vendorId,
                                OffsetDateTime.now().minusDays(1),
                                "HT-2064-0001"))
                .id();
        projects.confirm(AWARDER, id);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-manager-" + System.nanoTime(), Roles.MANAGER);
            assertThat(browser.text("h1")).isEqualTo("节约情况");
            assertThat(browser.driver.findElements(By.cssSelector("svg.chart rect")))
                    .isNotEmpty();
            browser.screenshot("manager-dashboard");

            browser.go("/manager/reports?year=2064");
            assertThat(browser.page()).contains("2.00亿元").contains("1.80亿元").contains("10.00%");
            browser.click("#download-savings");
            Path savings = browser.downloaded("2064.xlsx");
            assertThat(sheets(savings)).containsExactly("汇总", "按品目", "按采购方式", "趋势", "项目明细");
            Files.delete(savings);
            browser.click("#download-catalog");
            Path catalog = browser.downloaded("2064.xlsx");
            assertThat(sheets(catalog)).containsExactly("汇总", "按品目", "产品明细", "价格异常");
            browser.screenshot("manager-reports");
        }
    }

    @Test
    void anAuditorFiltersTheTrailAndVerifiesTheChain() throws Exception {
        projects.create(
                CREATOR,
                new CreateProject(
                        "页面审计项目",
                        2066,
                        "A02010104",
                        ProcurementMethod.SINGLE_SOURCE,
                        new BigDecimal("90000.00"),
                        null));
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-auditor-" + System.nanoTime(), Roles.AUDITOR).go("/auditor/events");
            // Actions are picked by their words; the filter still sends the action's code.
            new Select(browser.find("#action")).selectByVisibleText("创建采购项目");
            browser.submit("form.filters button");
            browser.waitFor(d -> d.getCurrentUrl().contains("action=PROJECT_CREATED"));
            assertThat(browser.driver.findElements(By.cssSelector("tbody tr td:nth-child(4)")))
                    .isNotEmpty()
                    .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("创建采购项目"));
            assertThat(browser.driver.findElements(By.cssSelector("tbody tr td:nth-child(5)")))
                    .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("采购项目「页面审计项目」"));
            browser.click("#verify");
            assertThat(browser.text("#verification")).startsWith("校验通过").doesNotContain("：0 条");
            browser.screenshot("auditor-verifies-the-chain");
        }
    }

    private static List<String> sheets(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            return names;
        }
    }
}
