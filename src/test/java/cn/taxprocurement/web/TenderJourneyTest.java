package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.BidOutcome;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.Evaluation;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An open tender run in the browser from its intention to its result, under the test profile's waiting periods of
 * seconds: one officer announces and publishes, three vendors bid, a second officer opens the bids and awards the
 * first-ranked one, and the vendors learn whether they won.
 */
@QuarkusTest
class TenderJourneyTest {
    /** Bidding stays open long enough for a vendor to sign in and bid in the browser. */
    private static final Duration BIDDING = Duration.ofSeconds(45);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ProjectService projects;

    @Test
    void anOpenTenderGoesFromIntentionToResultAndOnlyTheFirstRankedBidWinsWithoutAReason() throws Exception {
        String bidder = "page-tender-bidder-" + System.nanoTime();
        Vendors.anActiveVendor(bidder);
        Actor second = vendor("page-tender-second-" + System.nanoTime());
        Actor third = vendor("page-tender-third-" + System.nanoTime());
        String awarder = "page-tender-awarder-" + System.nanoTime();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-tender-creator-" + System.nanoTime(), Roles.OFFICER)
                    .go("/officer/projects/new");
            browser.type("#title", "页面公开招标服务器采购").type("#year", "2069");
            new Select(browser.find("#categoryCode")).selectByValue("A02010104");
            browser.type("#budgetAmount", "900000").click("button[type=submit]");
            browser.shows("#project-status", "草稿");
            String projectPage = browser.driver.getCurrentUrl();
            long id = Long.parseLong(projectPage.substring(projectPage.lastIndexOf('/') + 1));
            assertThat(browser.text("#evaluation-method")).isEqualTo("最低评标价法");

            browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#plannedMonth"), "2069-03");
            browser.type("#summary", "机架式服务器 10 台").submit("#intention button");
            assertThat(browser.find("#intention-at").getText()).isNotBlank();

            String deadline = LocalDateTime.now(Formats.SHANGHAI)
                    .plus(BIDDING)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#bidDeadline"), deadline);
            browser.click("#publish button");
            browser.shows("#project-status", "已发布");
            assertThat(browser.text("#no-award")).contains("内控要求");
            projects.placeBid(second, id, new PlaceBid(new BigDecimal("820000.00")));
            projects.placeBid(third, id, new PlaceBid(new BigDecimal("700000.00")));

            browser.signOut().signIn(bidder, Roles.VENDOR).go("/vendor/bids");
            browser.type("#amount-" + id, "680000").submit("#tender-" + id + " button");
            assertThat(browser.text("#tender-" + id + " .my-bid")).startsWith("¥680,000.00");
            assertThat(browser.text("#my-bid-" + id + " .outcome")).isEqualTo("未定");

            browser.signOut().signIn(awarder, Roles.OFFICER);
            browser.driver.get(projectPage);
            // Bids stay sealed until the deadline: the page offers the opening only once it has passed.
            new WebDriverWait(browser.driver, BIDDING.plusSeconds(60))
                    .pollingEvery(Duration.ofSeconds(1))
                    .until(d -> {
                        d.navigate().refresh();
                        return !d.findElements(By.id("open-bids")).isEmpty();
                    });
            browser.submit("#open-bids button");
            assertThat(browser.text("#valid-count")).isEqualTo("有效投标 3 份");
            assertThat(browser.text("#rank-1")).contains("测试供应商" + bidder).contains("¥680,000.00");
            assertThat(browser.text("#rank-3")).contains("¥820,000.00");
            browser.screenshot("tender-opening-and-ranking");

            List<Evaluation.Entry> ranking = projects.evaluation(id).ranking();
            assertThat(browser.find("#award-" + ranking.get(0).bidId()).isSelected())
                    .isTrue();
            browser.click("#award-" + ranking.get(1).bidId()).submit("#award button");
            assertThat(browser.text("#reason-error")).contains("未授予排名第一的投标时，应书面说明理由");
            assertThat(browser.find("#award-" + ranking.get(1).bidId()).isSelected())
                    .isTrue();
            browser.click("#award-" + ranking.get(0).bidId()).submit("#award button");
            browser.shows("#project-status", "已成交");
            assertThat(browser.text("#awarded-amount")).startsWith("¥680,000.00");
            assertThat(browser.text("#awarded-vendor")).isEqualTo("测试供应商" + bidder);
            assertThat(browser.text("#awarded-by")).startsWith(awarder);
            assertThat(browser.driver.findElements(By.cssSelector(".actions form")))
                    .isEmpty();
            browser.screenshot("tender-awarded-from-the-ranking");

            browser.signOut().signIn(bidder, Roles.VENDOR).go("/vendor/bids");
            assertThat(browser.text("#my-bid-" + id + " .outcome")).isEqualTo("中标");
            browser.screenshot("tender-vendor-won");

            assertThat(projects.get(id).status()).isEqualTo(ProjectStatus.AWARDED);
            assertThat(projects.myBid(second, id).outcome()).isEqualTo(BidOutcome.LOST);
            assertThat(projects.myBid(third, id).outcome()).isEqualTo(BidOutcome.LOST);
        }
    }

    @Test
    void aResultProcuredElsewhereIsRecordedByOneOfficerAndConfirmedOnlyByAnother() throws Exception {
        String winner = "page-recorded-vendor-" + System.nanoTime();
        long vendorId = Vendors.anActiveVendor(winner);
        String awardedAt = LocalDateTime.now(Formats.SHANGHAI)
                .minusDays(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-recorder-" + System.nanoTime(), Roles.OFFICER).go("/officer/projects");
            browser.submit("#new-record");
            browser.type("#title", "页面登记的打印机采购").type("#year", "2069");
            new Select(browser.find("#categoryCode")).selectByValue("A02010104");
            browser.type("#budgetAmount", "50000")
                    .type("#awardedAmount", "60000")
                    .type("#reference", "HT-2069-0042");
            new Select(browser.find("#vendorId")).selectByValue(String.valueOf(vendorId));
            browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#awardedAt"), awardedAt);
            browser.submit("form.stack button");
            assertThat(browser.text("#awardedAmount-error")).isNotBlank();
            browser.type("#awardedAmount", "48000").submit("form.stack button");
            browser.shows("#project-status", "已登记待确认");
            String projectPage = browser.driver.getCurrentUrl();
            assertThat(browser.driver.findElements(By.id("confirm"))).isEmpty();

            browser.signOut().signIn("page-confirmer-" + System.nanoTime(), Roles.OFFICER);
            browser.driver.get(projectPage);
            browser.submit("#confirm button");
            browser.shows("#project-status", "已成交");
            assertThat(browser.text("#awarded-vendor")).isEqualTo("测试供应商" + winner);
            assertThat(browser.text("#awarded-amount")).startsWith("¥48,000.00");
            browser.screenshot("recorded-result-confirmed");
        }
    }

    @Test
    void underComprehensiveScoringTheOfficerScoresTheOpenedBidsAndTheRankingFollowsTheTotals() throws Exception {
        Actor creator = new Actor("page-scoring-creator", "page-scoring-creator", Roles.OFFICER, null);
        long id = projects.create(
                        creator,
                        new CreateProject(
                                "页面综合评分项目",
                                2069,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("1000000.00"),
                                null,
                                EvaluationMethod.COMPREHENSIVE_SCORE,
                                60,
                                null))
                .id();
        Actor cheap = vendor("page-scoring-cheap-" + System.nanoTime());
        Actor good = vendor("page-scoring-good-" + System.nanoTime());
        Actor third = vendor("page-scoring-third-" + System.nanoTime());
        projects.publish(creator, id, new PublishProject(OffsetDateTime.now().plusSeconds(5)));
        long cheapBid = projects.placeBid(cheap, id, new PlaceBid(new BigDecimal("600000.00")))
                .id();
        long goodBid = projects.placeBid(good, id, new PlaceBid(new BigDecimal("800000.00")))
                .id();
        long thirdBid = projects.placeBid(third, id, new PlaceBid(new BigDecimal("900000.00")))
                .id();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-scorer-" + System.nanoTime(), Roles.OFFICER).go("/officer/projects/" + id);
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .pollingEvery(Duration.ofSeconds(1))
                    .until(d -> {
                        d.navigate().refresh();
                        return !d.findElements(By.id("open-bids")).isEmpty();
                    });
            browser.submit("#open-bids button");
            // Price alone: 60 points for the cheapest.
            assertThat(browser.text("#rank-1")).contains("¥600,000.00").contains("60.00");
            browser.type("#otherScore-" + cheapBid, "10")
                    .type("#otherScore-" + goodBid, "35")
                    .type("#otherScore-" + thirdBid, "41")
                    .submit("#evaluate button");
            assertThat(browser.text("#scores-error")).contains("其他评分应在 0 到 40.00 之间");
            browser.type("#otherScore-" + thirdBid, "20").submit("#evaluate button");
            // 600000 ÷ 800000 × 60 = 45.00, + 35 = 80.00 beats 60.00 + 10 = 70.00.
            browser.waitFor(d -> d.findElement(By.id("rank-1")).getText().contains("¥800,000.00"));
            assertThat(browser.text("#rank-1"))
                    .contains("45.00")
                    .contains("35.00")
                    .contains("80.00");
            assertThat(browser.find("#award-" + goodBid).isSelected()).isTrue();
            browser.screenshot("tender-comprehensive-scores");
        }
    }

    private static Actor vendor(String subject) {
        Vendors.anActiveVendor(subject);
        return new Actor(subject, subject, Roles.VENDOR, null);
    }
}
