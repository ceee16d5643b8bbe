package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.order.CompetitionRequests;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.OrderRequests;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.project.SetInvitations;
import cn.taxprocurement.report.SavingsReportService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The home page shows each signed-in person the work waiting for them, each count linking to its list. */
@QuarkusTest
class HomePageTest {
    private static final String DESKTOP = "A02010104";
    private static final String UNIT = "国家税务总局";
    private static final Actor OFFICER = new Actor("home-buyer", "home-buyer", Roles.OFFICER, null, UNIT);
    private static final Actor CREATOR = new Actor("home-creator", "home-creator", Roles.OFFICER, null);
    private static final Actor CONFIRMER = new Actor("home-confirmer", "home-confirmer", Roles.OFFICER, null);

    @Inject
    CatalogFixtures catalog;

    @Inject
    ProjectService projects;

    @Inject
    OrderService orders;

    @Inject
    CompetitionService competitions;

    @Inject
    PriceChangeService priceChanges;

    @Inject
    ProductService products;

    @Inject
    SavingsReportService savings;

    @Inject
    EntityManager em;

    private static int thisYear() {
        return Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    }

    private static String home() {
        return given().get("/").then().statusCode(200).extract().asString();
    }

    /** The count shown next to the link of id {@code id}, which must go to {@code link}. */
    private static long count(String page, String id, String link) {
        Matcher m = Pattern.compile(
                        "<a href=\"" + Pattern.quote(link) + "\" id=\"" + id + "\">[^<]*</a> <strong>(\\d+)</strong>")
                .matcher(page);
        assertThat(m.find()).as("%s links to %s with a count", id, link).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @TestSecurity(user = "home-officer", roles = Roles.OFFICER)
    void anOfficerSeesEachKindOfWorkWaitingCountedAndLinkedToItsFilteredList() {
        String before = home();
        String seller = CatalogFixtures.newSubject();
        catalog.activeVendor(seller);
        long round = catalog.openRound(thisYear(), DESKTOP);
        long approved = catalog.approvedListing(seller, round, DESKTOP, "首页", "H-1");

        catalog.pendingVendor(CatalogFixtures.newSubject(), "首页待审供应商" + System.nanoTime());
        catalog.listing(seller, round, DESKTOP, "首页", "H-2");
        // Four times its peers' price: flagged by the price check.
        String dear = CatalogFixtures.newSubject();
        catalog.activeVendor(dear);
        products.list(
                CatalogFixtures.vendor(dear),
                new ProductRequests.Create(round, DESKTOP, "首页", "H-9", "标准配置", new BigDecimal("20000.00")));
        long tender = projects.create(
                        CREATOR,
                        new CreateProject(
                                "首页已截止项目",
                                2062,
                                DESKTOP,
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("300000.00"),
                                null))
                .id();
        projects.publish(
                CREATOR, tender, new PublishProject(OffsetDateTime.now().plusDays(1)));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET bid_deadline = :past WHERE id = :id")
                        .setParameter("past", LocalDateTime.now(ZoneOffset.UTC).minusHours(1))
                        .setParameter("id", tender)
                        .executeUpdate());
        projects.record(
                CREATOR,
                new RecordResult(
                        "首页登记项目",
                        2062,
                        DESKTOP,
                        ProcurementMethod.SINGLE_SOURCE,
                        new BigDecimal("100000.00"),
                        new BigDecimal("90000.00"),
                        catalog.activeVendor(CatalogFixtures.newSubject()),
                        OffsetDateTime.now().minusDays(1),
                        "HT-HOME-" + System.nanoTime()));
        long order = orders.place(
                        OFFICER, new OrderRequests.Place(List.of(new OrderRequests.Line(approved, 1)), "北京市海淀区", null))
                .id();
        orders.confirm(CatalogFixtures.vendor(seller), order);
        orders.deliver(CatalogFixtures.vendor(seller), order);
        priceChanges.propose(
                CatalogFixtures.vendor(seller), approved, new PriceRequests.Propose(new BigDecimal("4800.00"), "首页降价"));

        String after = home();
        assertThat(after).contains("待办事项");
        assertThat(count(after, "waiting-vendors", "/officer/vendors?status=PENDING"))
                .isGreaterThan(count(before, "waiting-vendors", "/officer/vendors?status=PENDING"));
        assertThat(count(after, "waiting-listings", "/officer/products?status=SUBMITTED"))
                .isGreaterThan(count(before, "waiting-listings", "/officer/products?status=SUBMITTED"));
        assertThat(count(after, "waiting-flagged", "/officer/products?status=SUBMITTED&amp;flagged=true"))
                .isGreaterThan(count(before, "waiting-flagged", "/officer/products?status=SUBMITTED&amp;flagged=true"));
        assertThat(count(after, "waiting-tenders", "/officer/projects?status=PUBLISHED"))
                .isGreaterThan(count(before, "waiting-tenders", "/officer/projects?status=PUBLISHED"));
        assertThat(count(after, "waiting-recorded", "/officer/projects?status=RECORDED"))
                .isGreaterThan(count(before, "waiting-recorded", "/officer/projects?status=RECORDED"));
        assertThat(count(after, "waiting-orders", "/officer/orders?status=DELIVERED"))
                .isGreaterThan(count(before, "waiting-orders", "/officer/orders?status=DELIVERED"));
        assertThat(count(after, "waiting-price-changes", "/officer/price-changes?status=PENDING"))
                .isGreaterThan(count(before, "waiting-price-changes", "/officer/price-changes?status=PENDING"));
        assertThat(after).doesNotContain("id=\"latest-notices\"");
    }

    @Test
    @TestSecurity(user = "home-vendor", roles = Roles.VENDOR)
    void aVendorSeesTendersOpenToItItsListingsOrdersAndCompetitions() {
        assertThat(home()).contains("href=\"/vendor/company\"");
        catalog.activeVendor("home-vendor");
        long tendersBefore = count(home(), "waiting-tenders", "/vendor/bids");
        long round = catalog.openRound(thisYear(), DESKTOP);
        String second = CatalogFixtures.newSubject();
        String third = CatalogFixtures.newSubject();
        catalog.activeVendor(second);
        catalog.activeVendor(third);
        List<Long> listings = List.of(
                catalog.approvedListing("home-vendor", round, DESKTOP, "首页", "V-1"),
                catalog.approvedListing(second, round, DESKTOP, "首页", "V-2"),
                catalog.approvedListing(third, round, DESKTOP, "首页", "V-3"));
        catalog.listing("home-vendor", round, DESKTOP, "首页", "V-4");
        orders.place(
                OFFICER, new OrderRequests.Place(List.of(new OrderRequests.Line(listings.get(0), 1)), "北京市海淀区", null));
        competitions.start(
                OFFICER,
                new CompetitionRequests.Start(
                        "首页二次竞价",
                        DESKTOP,
                        10,
                        "标准配置",
                        listings,
                        OffsetDateTime.now().plusDays(1),
                        null));
        long tender = projects.create(
                        CREATOR,
                        new CreateProject(
                                "首页可投标项目",
                                2062,
                                DESKTOP,
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("300000.00"),
                                null))
                .id();
        projects.publish(
                CREATOR, tender, new PublishProject(OffsetDateTime.now().plusDays(1)));
        // A tender by invitation that invites others is not open to this vendor.
        long invited = projects.create(
                        CREATOR,
                        new CreateProject(
                                "首页邀请他人项目",
                                2062,
                                DESKTOP,
                                ProcurementMethod.INVITED_TENDER,
                                new BigDecimal("300000.00"),
                                null))
                .id();
        projects.setInvitations(
                CREATOR,
                invited,
                new SetInvitations(List.of(
                        catalog.activeVendor(CatalogFixtures.newSubject()),
                        catalog.activeVendor(CatalogFixtures.newSubject()),
                        catalog.activeVendor(CatalogFixtures.newSubject()))));
        projects.publish(
                CREATOR, invited, new PublishProject(OffsetDateTime.now().plusDays(1)));

        String page = home();
        assertThat(count(page, "waiting-tenders", "/vendor/bids")).isEqualTo(tendersBefore + 1);
        assertThat(count(page, "waiting-to-confirm", "/vendor/orders?status=PLACED"))
                .isEqualTo(1);
        assertThat(count(page, "waiting-to-deliver", "/vendor/orders?status=CONFIRMED"))
                .isZero();
        assertThat(count(page, "waiting-competitions", "/vendor/competitions")).isEqualTo(1);
        assertThat(page)
                .contains("<span class=\"status APPROVED\">已入围</span> <strong>1</strong>")
                .contains("<span class=\"status SUBMITTED\">待审核</span> <strong>1</strong>")
                .contains("还没有导入过商品表");
    }

    @Test
    @TestSecurity(user = "home-manager", roles = Roles.MANAGER)
    void aManagerSeesTheLatestYearsYearbookParagraphCatalogOrdersAndTheSavingsTrend() {
        long id = projects.record(
                        CREATOR,
                        new RecordResult(
                                "首页报表项目",
                                2061,
                                DESKTOP,
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("1000000.00"),
                                new BigDecimal("900000.00"),
                                catalog.activeVendor(CatalogFixtures.newSubject()),
                                OffsetDateTime.now().minusDays(1),
                                "HT-HOME-" + System.nanoTime()))
                .id();
        projects.confirm(CONFIRMER, id);
        List<Integer> years = savings.years();
        int latest = years.get(years.size() - 1);

        String page = home();
        assertThat(page)
                .contains(latest + " 年度概况")
                .contains("<p id=\"yearbook\">" + savings.yearbook(latest).text() + "</p>")
                .contains(latest + " 年目录采购订单")
                .contains("id=\"catalog-orders\"")
                .contains("<title>" + latest + " ");
        if (latest - 2061 < 10) {
            assertThat(page).contains("<title>2061 ");
        }
    }

    @Test
    @TestSecurity(user = "home-auditor", roles = Roles.AUDITOR)
    void anAuditorSeesTheLatestCheckpointAndALinkToCheckTheChain() {
        projects.create(
                CREATOR,
                new CreateProject(
                        "首页审计项目", 2062, DESKTOP, ProcurementMethod.SINGLE_SOURCE, new BigDecimal("90000.00"), null));
        long newest = QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT MAX(id) FROM audit_event").getSingleResult())
                .longValue());

        String page = home();
        Matcher m = Pattern.compile("最新检查点：第 (\\d+) 号事件").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(newest);
        assertThat(page).contains("href=\"/auditor/verify\"").doesNotContain("待办事项");
        given().header("Accept-Language", "en")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Latest checkpoint: event "), containsString("Check the chain"));
    }
}
