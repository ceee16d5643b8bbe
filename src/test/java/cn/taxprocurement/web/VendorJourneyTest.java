package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.catalogimport.Catalogs;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.VendorService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A vendor registers its company in the browser, then uploads a catalog and follows it to the rejected rows. */
@QuarkusTest
class VendorJourneyTest {
    private static final Actor OFFICER = new Actor("page-officer-2061", "page-officer-2061", Roles.OFFICER, null);

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Inject
    CatalogRoundService rounds;

    @Inject
    VendorService vendors;

    @Inject
    ProjectService projects;

    @Inject
    ProductService products;

    @Test
    void aVendorAsksToLowerAnApprovedListingsPriceAndIsToldInChineseWhyAHigherPriceIsRefused() throws Exception {
        String subject = "page-price-cut-" + System.nanoTime();
        Vendors.anActiveVendor(subject);
        long roundId = rounds.open(OFFICER, new RoundRequests.Open(2065, "2065 年降价页面", List.of("A02010104")))
                .id();
        long listing = products.list(
                        new Actor(subject, subject, Roles.VENDOR, null),
                        new ProductRequests.Create(
                                roundId, "A02010104", "联想", "启天M460", "i5/8GB", new BigDecimal("4999.00")))
                .id();
        long waiting = products.list(
                        new Actor(subject, subject, Roles.VENDOR, null),
                        new ProductRequests.Create(
                                roundId, "A02010104", "联想", "启天M470", "i5/8GB", new BigDecimal("5999.00")))
                .id();
        products.approve(OFFICER, listing);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(subject, Roles.VENDOR).go("/vendor/products");
            assertThat(browser.driver.findElements(By.id("cut-" + waiting))).isEmpty();

            browser.type("#cut-price-" + listing, "5200").type("#cut-reason-" + listing, "成本上涨");
            browser.submit("#cut-" + listing);
            assertThat(browser.text("#price-cut-refused")).contains("不低于现价", "只能降价");

            browser.type("#cut-price-" + listing, "4799").type("#cut-reason-" + listing, "年中让利");
            browser.submit("#cut-" + listing);
            assertThat(browser.text("#price-cut-sent")).contains("降价申请已提交");
            assertThat(browser.text("#listing-" + listing)).contains("降价待审核", "4,799.00");
            assertThat(browser.driver.findElements(By.id("cut-" + listing))).isEmpty();
        }
    }

    @Test
    void aVendorBidsOnAPublishedProjectSeesTheCountdownAndOnlyItsOwnBid() throws Exception {
        String subject = "page-bidder-" + System.nanoTime();
        Vendors.anActiveVendor(subject);
        String rival = "page-rival-" + System.nanoTime();
        Vendors.anActiveVendor(rival);
        long id = projects.create(
                        OFFICER,
                        new CreateProject(
                                "页面投标项目",
                                2065,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("800000.00"),
                                null))
                .id();
        projects.publish(OFFICER, id, new PublishProject(OffsetDateTime.now().plusDays(3)));
        projects.placeBid(new Actor(rival, rival, Roles.VENDOR, null), id, new PlaceBid(new BigDecimal("654321.00")));
        long closed = projects.create(
                        OFFICER,
                        new CreateProject(
                                "页面已截止项目",
                                2065,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("300000.00"),
                                null))
                .id();
        projects.publish(
                OFFICER, closed, new PublishProject(OffsetDateTime.now().plusDays(1)));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET bid_deadline = :past WHERE id = :id")
                        .setParameter("past", LocalDateTime.now(ZoneOffset.UTC).minusHours(1))
                        .setParameter("id", closed)
                        .executeUpdate());
        try (Browser browser = Browser.open(base)) {
            browser.signIn(subject, Roles.VENDOR).go("/vendor/bids");
            String row = "#tender-" + id;
            browser.waitFor(
                    d -> d.findElement(By.cssSelector(row + " time")).getText().contains("天"));
            browser.type("#amount-" + id, "760000").submit(row + " button");
            assertThat(browser.text(row + " .my-bid")).startsWith("¥760,000.00");
            assertThat(browser.page()).doesNotContain("654,321");
            // A tender past its deadline offers no bid form: it shows as closed.
            assertThat(browser.page()).doesNotContain("action=\"/vendor/bids/" + closed + "\"");
            assertThat(browser.text("#tender-" + closed + " td:last-child")).isEqualTo("已截止");
            browser.screenshot("vendor-bids");
        }
    }

    @Test
    void aVendorRegistersUploadsACatalogWatchesItFinishAndOpensTheRejectedRows() throws Exception {
        long roundId = rounds.open(OFFICER, new RoundRequests.Open(2061, "2061 年台式计算机入围", List.of("A02010104")))
                .id();
        String subject = "page-vendor-" + System.nanoTime();
        String first17 = String.format("9131000%010d", System.nanoTime() % 10_000_000_000L);
        String uscc = first17 + Uscc.checkCharacter(first17);
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        try (Browser browser = Browser.open(base)) {
            browser.signIn(subject, Roles.VENDOR).go("/vendor/company");

            browser.type("#uscc", first17 + wrong);
            browser.waitFor(d -> d.findElement(By.id("uscc-check")).getText().contains("校验位不正确"));
            browser.type("#uscc", uscc);
            browser.waitFor(d -> d.findElement(By.id("uscc-check")).getText().contains("校验位正确"));
            browser.type("#name", "上海页面测试科技有限公司")
                    .type("#contactName", "李四")
                    .type("#contactPhone", "12345")
                    .type("#email", "sales@page-test.example.cn")
                    .click("button[type=submit]");
            assertThat(browser.text("#contactPhone-error")).contains("联系电话应为");
            assertThat(browser.find("#name").getAttribute("value")).isEqualTo("上海页面测试科技有限公司");
            browser.type("#contactPhone", "021-62345678").click("button[type=submit]");
            browser.shows("#vendor-status", "待审核");

            vendors.approve(
                    OFFICER,
                    vendors.mine(new Actor(subject, subject, Roles.VENDOR, null))
                            .id());

            Path catalog = Files.createTempFile("catalog", ".xlsx");
            Files.write(
                    catalog,
                    Catalogs.aCatalog()
                            .desktops("页面品牌", 3)
                            .row("A02010104", "页面品牌", "", "缺型号", 3000)
                            .row("B99999999", "页面品牌", "X1", "品目不在本轮", 3000)
                            .bytes());
            browser.go("/vendor/imports");
            new Select(browser.find("#roundId")).selectByValue(String.valueOf(roundId));
            browser.find("#file").sendKeys(catalog.toAbsolutePath().toString());
            browser.click("button[type=submit]");
            browser.waitFor(
                    d -> "SUCCEEDED".equals(d.findElement(By.id("progress")).getAttribute("data-status")));
            assertThat(browser.text("#progress-text")).isEqualTo("已处理 5 / 5 行：导入 3 行，未通过 2 行");
            assertThat(browser.find("#progress-bar").getAttribute("value")).isEqualTo("5");
            assertThat(browser.page()).contains("B99999999");
            browser.screenshot("vendor-uploads-a-catalog");

            browser.click("#error-workbook");
            Path errors = browser.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(errors);
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("品目编码");
            }
            Files.delete(catalog);
        }
    }
}
