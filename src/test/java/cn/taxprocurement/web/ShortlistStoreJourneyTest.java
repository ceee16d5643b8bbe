package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Buying from the shortlist in the browser: an officer finds desktops in the catalog, compares three and orders one
 * directly, its vendor confirms and delivers and the officer accepts; a second officer runs a competition (二次竞价)
 * among the same three, their vendors quote, and the lowest quote becomes an order at the quoted price.
 */
@QuarkusTest
class ShortlistStoreJourneyTest {
    private static final String DESKTOP = "A02010104";
    /** Quoting stays open long enough for three vendors to sign in and quote in the browser. */
    private static final Duration QUOTING = Duration.ofSeconds(35);

    @TestHTTPResource("/")
    URL base;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ProductService products;

    @Test
    void anOfficerComparesOrdersDirectlyAndAcceptsThenAnotherBuysTheLowestQuoteOfACompetition() throws Exception {
        String marker = marker();
        long round = catalog.openRound(LocalDateTime.now(Formats.SHANGHAI).getYear(), DESKTOP);
        List<String> vendors = new ArrayList<>();
        List<Long> listings = new ArrayList<>();
        String[] prices = {"4800.00", "5600.00", "6900.00"};
        for (int i = 0; i < prices.length; i++) {
            String subject = "page-store-vendor-" + i + "-" + System.nanoTime();
            Vendors.anActiveVendor(subject);
            long id = products.list(
                            CatalogFixtures.vendor(subject),
                            new ProductRequests.Create(
                                    round,
                                    DESKTOP,
                                    "旅程",
                                    marker + "-" + (char) ('A' + i),
                                    "i5 / 16G / 512G",
                                    new BigDecimal(prices[i])))
                    .id();
            products.approve(CatalogFixtures.OFFICER, id);
            vendors.add(subject);
            listings.add(id);
        }
        String buyer = "page-store-buyer-" + System.nanoTime();

        try (Browser browser = Browser.open(base)) {
            // Part 1: find, compare, order directly.
            browser.signIn(buyer, Roles.OFFICER).go("/catalog");
            browser.type("#f-q", marker);
            new Select(browser.find("#f-categoryCode")).selectByValue(DESKTOP);
            browser.submit("#search");
            assertThat(browser.driver.findElements(By.cssSelector("tr[id^=listing-]")))
                    .hasSize(3);
            for (long id : listings) {
                browser.click("#pick-" + id);
            }
            browser.submit("#compare");
            assertThat(browser.driver.getCurrentUrl()).contains("/catalog/compare");
            assertThat(browser.driver.findElements(By.cssSelector("#comparison thead th[id^=listing-]")))
                    .hasSize(3);
            assertThat(browser.text("#comparison")).contains("¥4,800.00", "¥5,600.00", "¥6,900.00");
            long chosen = listings.get(1);
            browser.submit("#order-" + chosen);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/officer/orders/new?productId=" + chosen);
            assertThat(browser.text("#limit")).contains("¥200,000.00");
            browser.type("#quantity", "20")
                    .type("#deliveryAddress", "北京市西城区枣林前街 68 号")
                    .submit("form.stack button");
            browser.shows("#status", "待确认");
            String orderPage = browser.driver.getCurrentUrl();
            long orderId = Long.parseLong(orderPage.substring(orderPage.lastIndexOf('/') + 1));
            assertThat(browser.text("#total")).isEqualTo("¥112,000.00");
            assertThat(browser.text("dl.facts")).contains("直接选定", "测试供应商" + vendors.get(1));
            browser.screenshot("store-direct-order-placed");

            browser.signOut().signIn(vendors.get(1), Roles.VENDOR).go("/vendor/orders");
            assertThat(browser.text("#orders")).contains(marker + "-B × 20", "¥112,000.00");
            browser.submit("form[action='/vendor/orders/" + orderId + "/confirm'] button");
            browser.submit("form[action='/vendor/orders/" + orderId + "/deliver'] button");
            assertThat(browser.text("#orders")).contains("已交付");
            browser.screenshot("store-direct-order-delivered");

            browser.signOut().signIn(buyer, Roles.OFFICER);
            browser.driver.get(orderPage);
            browser.shows("#status", "已交付");
            browser.type("#note", "20 台已到货，开箱验收合格").submit("#accept button");
            browser.shows("#status", "已验收");
            assertThat(browser.text("dl.facts")).contains("20 台已到货，开箱验收合格");
            assertThat(browser.driver.findElements(By.id("accept"))).isEmpty();
            browser.screenshot("store-direct-order-accepted");

            // Part 2: a competition among the same three listings.
            browser.signOut().signIn("officer-gd", Roles.OFFICER);
            browser.go(
                    "/catalog/compare?ids=" + listings.get(0) + "&ids=" + listings.get(1) + "&ids=" + listings.get(2));
            browser.submit("#start-competition");
            assertThat(browser.driver.getCurrentUrl()).contains("/officer/competitions/new?categoryCode=" + DESKTOP);
            assertThat(browser.text("#listings")).contains(marker + "-A", marker + "-B", marker + "-C");
            Instant deadline = Instant.now().plus(QUOTING).truncatedTo(ChronoUnit.SECONDS);
            browser.type("#title", "旅程台式计算机二次竞价")
                    .type("#quantity", "30")
                    .type("#requirement", "i5 / 16G / 512G，含三年上门保修")
                    .type("#deliveryAddress", "广州市天河区天河北路 628 号");
            browser.driver.executeScript(
                    "arguments[0].value = arguments[1]",
                    browser.find("#deadline"),
                    LocalDateTime.ofInstant(deadline, Formats.SHANGHAI).toString());
            browser.submit("form.stack button");
            browser.shows("#status", "报价中");
            String competitionPage = browser.driver.getCurrentUrl();
            long competitionId = Long.parseLong(competitionPage.substring(competitionPage.lastIndexOf('/') + 1));
            assertThat(browser.text("#quote-count")).startsWith("已收到报价 0 份");

            String[] quotes = {"4600", "5300", "4300"};
            String[] shown = {"¥4,600.00", "¥5,300.00", "¥4,300.00"};
            for (int i = 0; i < quotes.length; i++) {
                browser.signOut().signIn(vendors.get(i), Roles.VENDOR).go("/vendor/competitions/" + competitionId);
                browser.type("#unitPrice", quotes[i]).submit("form.stack button");
                assertThat(browser.text("#my-quote")).startsWith(shown[i]);
            }
            browser.screenshot("store-competition-quoted");

            browser.signOut().signIn("officer-gd", Roles.OFFICER);
            browser.driver.get(competitionPage);
            // Quotes stay sealed until the deadline: the page offers the closing only once it has passed.
            new WebDriverWait(
                            browser.driver,
                            Duration.between(Instant.now(), deadline).plusSeconds(60))
                    .pollingEvery(Duration.ofSeconds(1))
                    .until(d -> {
                        d.navigate().refresh();
                        return !d.findElements(By.id("close")).isEmpty();
                    });
            assertThat(Instant.now()).isAfterOrEqualTo(deadline);
            assertThat(browser.driver.findElements(By.cssSelector("#quotes tbody tr")))
                    .hasSize(3);
            browser.submit("#close button");
            browser.shows("#status", "已成交");
            assertThat(browser.driver.findElements(By.id("close"))).isEmpty();
            assertThat(browser.text("#quotes"))
                    .contains("测试供应商" + vendors.get(2), "¥4,300.00", "¥4,600.00", "¥5,300.00");
            browser.screenshot("store-competition-closed");

            browser.submit("#resulting-order");
            browser.shows("#status", "待确认");
            assertThat(browser.text("dl.facts")).contains("二次竞价", "测试供应商" + vendors.get(2), "国家税务总局广东省税务局");
            assertThat(browser.text("#lines")).contains(marker + "-C", "¥6,900.00", "¥4,300.00");
            assertThat(browser.text("#total")).isEqualTo("¥129,000.00");
            assertThat(browser.text("#lines tfoot")).contains("¥207,000.00", "¥78,000.00");
            browser.screenshot("store-competition-order");
        }
    }

    /** Letters no other listing carries together, so that a catalog search for them finds this test's listings only. */
    private static String marker() {
        StringBuilder marker = new StringBuilder("JRN");
        for (int i = 0; i < 6; i++) {
            marker.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return marker.toString();
    }
}
