package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.TenderHistory;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A visitor who is not signed in finds a tender's result notice by its project code and reads it. */
@QuarkusTest
class PublicNoticeJourneyTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TenderHistory history;

    @Test
    void aVisitorFindsAResultNoticeByProjectCodeAndReadsTheWinnerAndAmountButNoLosingBid() throws Exception {
        String winner = "page-notice-winner-" + System.nanoTime();
        Map<Long, BigDecimal> bids = new LinkedHashMap<>();
        bids.put(Vendors.anActiveVendor("page-notice-first-" + System.nanoTime()), new BigDecimal("3900000.00"));
        bids.put(Vendors.anActiveVendor(winner), new BigDecimal("3650000.00"));
        bids.put(Vendors.anActiveVendor("page-notice-third-" + System.nanoTime()), new BigDecimal("3780000.00"));
        Instant published = LocalDate.of(2078, 3, 2).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
        Actor officer = new Actor("page-notice-officer", "page-notice-officer", Roles.OFFICER, null);
        Actor reviewer = new Actor("page-notice-reviewer", "page-notice-reviewer", Roles.OFFICER, null);
        ProjectView project = history.replay(
                officer,
                reviewer,
                new TenderHistory.PastTender(
                        new CreateProject(
                                "2078年税务系统网络安全设备采购",
                                2078,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("4000000.00"),
                                null,
                                EvaluationMethod.LOWEST_PRICE,
                                null,
                                null),
                        published,
                        published.plus(Duration.ofDays(21)),
                        bids,
                        TenderHistory.Reached.AWARDED));

        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            browser.driver.findElement(By.linkText("信息公开")).click();
            browser.type("#q", project.code()).click("#search");
            browser.driver.findElement(By.partialLinkText("中标（成交）结果公告")).click();

            assertThat(browser.text("h1")).isEqualTo("2078年税务系统网络安全设备采购中标（成交）结果公告");
            assertThat(browser.text("#particulars")).contains(project.code()).contains("国家税务总局");
            assertThat(browser.text("#vendor")).isNotBlank();
            assertThat(browser.text("#amount")).isEqualTo("¥3,650,000.00");
            assertThat(browser.page()).doesNotContain("3,900,000").doesNotContain("3,780,000");
            browser.screenshot("public-result-notice");
        }
    }
}
