package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductFilter;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalog.ProductView;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Officers in the browser: reviewing a vendor and its listings; creating, inviting and publishing; rounds and batches. */
@QuarkusTest
class OfficerJourneyTest {
    private static final Actor SETUP = new Actor("page-setup-officer", "page-setup-officer", Roles.OFFICER, null);

    @TestHTTPResource("/")
    URL base;

    @Inject
    VendorService vendors;

    @Inject
    ProductService products;

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProjectService projects;

    @Inject
    PriceChangeService priceChanges;

    @Test
    void anOfficerApprovesAVendorThenRejectsOneOfItsListingsAndApprovesTheRestInBulk() throws Exception {
        String vendorUser = "page-review-vendor-" + System.nanoTime();
        long vendorId = Vendors.aPendingVendor(vendorUser);
        long roundId = rounds.open(SETUP, new RoundRequests.Open(2062, "2062 年页面审核", List.of("A02010104")))
                .id();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-reviewer-" + System.nanoTime(), Roles.OFFICER).go("/officer/vendors");
            browser.click("#vendor-" + vendorId + " button.approve");
            assertThat(browser.text("#outcome")).contains("已处理 1 条");
            assertThat(vendors.get(vendorId).status()).isEqualTo(VendorStatus.ACTIVE);

            Actor vendor = new Actor(vendorUser, vendorUser, Roles.VENDOR, null);
            for (String model : List.of("R1", "R2", "R3")) {
                products.list(
                        vendor,
                        new ProductRequests.Create(
                                roundId, "A02010104", "审核品牌", model, "i7/16GB", new BigDecimal("5200.00")));
            }
            browser.go("/officer/products?roundId=" + roundId + "&status=SUBMITTED");
            Map<String, Long> ids =
                    listings(roundId).stream().collect(Collectors.toMap(ProductView::model, ProductView::id));
            assertThat(browser.driver.findElements(By.cssSelector("input[name=ids]:checked")))
                    .isEmpty();
            browser.click("#pick-" + ids.get("R1"));
            browser.type("#reason", "型号已停产").click("#reject-picked");
            // Bulk rejection asks first: dismissed, nothing is sent; accepted, the picked listing is rejected.
            browser.driver.switchTo().alert().dismiss();
            assertThat(browser.driver.findElements(By.id("outcome"))).isEmpty();
            browser.click("#reject-picked");
            browser.driver.switchTo().alert().accept();
            assertThat(browser.text("#outcome")).contains("已处理 1 条");

            browser.go("/officer/products?roundId=" + roundId + "&status=SUBMITTED");
            assertThat(browser.driver.findElements(By.cssSelector("input[name=ids]")))
                    .hasSize(2);
            browser.click("#pick-" + ids.get("R2")).click("#pick-" + ids.get("R3"));
            browser.click("#approve-picked");
            assertThat(browser.text("#outcome")).contains("已处理 2 条");
            browser.go("/officer/products?roundId=" + roundId + "&status=APPROVED");
            browser.screenshot("officer-reviews-vendor-and-listings");
        }
        Map<String, ProductStatus> statuses =
                listings(roundId).stream().collect(Collectors.toMap(ProductView::model, ProductView::status));
        assertThat(statuses)
                .containsEntry("R1", ProductStatus.REJECTED)
                .containsEntry("R2", ProductStatus.APPROVED)
                .containsEntry("R3", ProductStatus.APPROVED);
    }

    @Test
    void anOfficerSeesAFlaggedPriceFirstAndApprovesItOnlyWithAReasonThenApprovesAPriceCut() throws Exception {
        long roundId = rounds.open(SETUP, new RoundRequests.Open(2062, "2062 年价格检查", List.of("A02010104")))
                .id();
        Map<String, Long> ids = new HashMap<>();
        String last = null;
        for (String price : List.of("4500", "4600", "4800", "12000")) {
            last = "page-price-vendor-" + System.nanoTime();
            Vendors.anActiveVendor(last);
            ids.put(
                    price,
                    products.list(
                                    new Actor(last, last, Roles.VENDOR, null),
                                    new ProductRequests.Create(
                                            roundId, "A02010104", "联想", "启天M430", "i5/8GB", new BigDecimal(price)))
                            .id());
        }
        long flagged = ids.get("12000");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-price-officer-" + System.nanoTime(), Roles.OFFICER)
                    .go("/officer/products?roundId=" + roundId + "&status=SUBMITTED");
            assertThat(browser.find("tbody tr").getAttribute("id")).isEqualTo("product-" + flagged);
            assertThat(browser.text("#product-" + flagged)).contains("价格异常", "2.61", "4,600.00");

            browser.click("#pick-" + flagged).click("#approve-picked");
            assertThat(browser.text("#outcome")).contains("价格异常", "须填写原因");
            // The refused page shows an outcome too: wait for the next page before reading it.
            browser.click("#pick-" + flagged).type("#approveReason", "含三年上门保修").submit("#approve-picked");
            assertThat(browser.text("#outcome")).contains("已处理 1 条");
            browser.screenshot("officer-approves-flagged-price-with-reason");

            long change = priceChanges
                    .propose(
                            new Actor(last, last, Roles.VENDOR, null),
                            flagged,
                            new PriceRequests.Propose(new BigDecimal("5000.00"), "按同类价格调整"))
                    .id();
            browser.go("/officer/products").click("a[href='/officer/price-changes']");
            assertThat(browser.text("#price-change-" + change)).contains("按同类价格调整", "5,000.00");
            browser.click("#approve-change-" + change);
            assertThat(browser.text("#outcome")).contains("已处理 1 条");
        }
        assertThat(products.priceHistory(SETUP, flagged))
                .extracting(p -> p.unitPrice().toPlainString())
                .containsExactly("12000.00", "5000.00");
    }

    /** The award itself, by a second officer from the ranked bids, is {@link TenderJourneyTest}'s. */
    @Test
    void anOfficerCreatesAndPublishesAProjectAndItsCreatorIsOfferedNoAward() throws Exception {
        String deadline = LocalDateTime.now(Formats.SHANGHAI)
                .plusDays(2)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toString();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-creator-" + System.nanoTime(), Roles.OFFICER).go("/officer/projects/new");
            browser.type("#title", "页面测试台式计算机采购")
                    .type("#year", "2063")
                    .type("#budgetAmount", "0")
                    .click("button[type=submit]");
            // Every mistake at once: the category not picked and the amount out of range.
            assertThat(browser.text("#budgetAmount-error")).contains("金额应大于 0");
            assertThat(browser.text("#categoryCode-error")).isEqualTo("请选择品目");
            assertThat(browser.find("#title").getAttribute("value")).isEqualTo("页面测试台式计算机采购");
            new Select(browser.find("#categoryCode")).selectByVisibleText("台式计算机");
            new Select(browser.find("#method")).selectByValue("REQUEST_FOR_QUOTATION");
            new Select(browser.find("#evaluationMethod")).selectByValue("COMPREHENSIVE_SCORE");
            browser.type("#priceWeight", "60");
            browser.type("#budgetAmount", "1520000").click("button[type=submit]");
            browser.shows("#project-status", "草稿");
            assertThat(browser.text("#evaluation-method")).isEqualTo("综合评分法（价格权重 60）");
            // A method by invitation is published once enough vendors are invited.
            assertThat(browser.driver.findElements(By.id("publish"))).isEmpty();
            List<Long> invited = List.of(
                    Vendors.anActiveVendor("page-invited-a-" + System.nanoTime()),
                    Vendors.anActiveVendor("page-invited-b-" + System.nanoTime()),
                    Vendors.anActiveVendor("page-invited-c-" + System.nanoTime()));
            browser.driver.navigate().refresh();
            for (long vendor : invited) {
                browser.click("#invite input[value='" + vendor + "']");
            }
            browser.submit("#invite button");
            browser.waitFor(d -> !d.findElements(By.id("publish")).isEmpty());
            assertThat(browser.text("#invited")).contains("测试供应商page-invited-a-");

            browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#bidDeadline"), deadline);
            browser.click("#publish button");
            browser.shows("#project-status", "已发布");
            assertThat(browser.driver.findElements(By.id("award"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("open-bids"))).isEmpty();
            assertThat(browser.text("#no-award")).contains("内控要求");
            assertThat(browser.page()).contains("¥1,520,000.00").contains("152.00万元");
            assertThat(browser.driver.findElements(By.id("extend"))).hasSize(1);
            browser.screenshot("officer-creates-invites-and-publishes");
        }
    }

    @Test
    void anOfficerOpensAndClosesARoundMergesTwoDraftsAndPublishesABatch() throws Exception {
        long first = projects.create(SETUP, draft("页面合并一", "300000.00", null)).id();
        long second = projects.create(SETUP, draft("页面合并二", "200000.00", null)).id();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("page-organizer-" + System.nanoTime(), Roles.OFFICER).go("/officer/rounds");
            browser.type("#year", "2067").type("#name", "2067 年页面入围");
            browser.click("#category-A02010104").click("#category-A02010105");
            browser.click("form.stack button");
            browser.waitFor(d -> d.getPageSource().contains("已完成：2067 年页面入围"));
            assertThat(browser.page())
                    .contains("A02010104 台式计算机：0 个产品，其中已通过 0 个")
                    .contains("A02010105 便携式计算机：0 个产品，其中已通过 0 个");

            browser.go("/officer/projects?year=2068&status=DRAFT");
            browser.click("input[value='" + first + "']").click("input[value='" + second + "']");
            browser.type("#merge-title", "页面合并后的项目").click("form[action$=merge] button[type=submit]");
            browser.shows("#project-status", "草稿");
            assertThat(browser.page()).contains("页面合并后的项目").contains("¥500,000.00");
            assertThat(browser.text("#merged-from")).contains("页面合并一").contains("页面合并二");

            browser.go("/officer/batches").type("#name", "2068 年页面批次").type("form.stack #year", "2068");
            browser.click("form.stack button");
            String batchPage = browser.waitFor(
                    d -> d.getCurrentUrl().matches(".*/officer/batches/\\d+") ? d.getCurrentUrl() : null);
            long batchId = Long.parseLong(batchPage.substring(batchPage.lastIndexOf('/') + 1));
            browser.go("/officer/batches?year=2068");
            assertThat(browser.text("#batch-" + batchId)).contains("2068 年页面批次");
            projects.create(SETUP, draft("页面批次一", "100000.00", batchId));
            projects.create(SETUP, draft("页面批次二", "120000.00", batchId));
            browser.driver.get(batchPage);
            String deadline = LocalDateTime.now(Formats.SHANGHAI)
                    .plusDays(5)
                    .withSecond(0)
                    .withNano(0)
                    .toString();
            browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#bidDeadline"), deadline);
            browser.click("form[action$=publish] button");
            browser.waitFor(d ->
                    d.findElements(By.cssSelector("tbody .status.PUBLISHED")).size() == 2);
            assertThat(browser.text("#published")).startsWith("已发布：CG-2068-");
            assertThat(browser.page()).contains("页面批次二");
            assertThat(browser.driver.findElements(By.id("publish"))).isEmpty();
            browser.screenshot("officer-rounds-merge-and-batch");
        }
    }

    private static CreateProject draft(String title, String budget, Long batchId) {
        return new CreateProject(
                title, 2068, "A02010104", ProcurementMethod.OPEN_TENDER, new BigDecimal(budget), batchId);
    }

    private List<ProductView> listings(long roundId) {
        return products.search(new ProductFilter(roundId, null, null, null, null, null), PageRequest.of(0, 50))
                .items();
    }
}
