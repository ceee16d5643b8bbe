package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectStep;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A vendor not yet approved is told in words why it cannot bid, list or import, and offered no form to; it may change its details. */
@QuarkusTest
class VendorStandingPagesTest {
    private static final Actor OFFICER = new Actor("officer-standing", "officer-standing", Roles.OFFICER, null);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ProjectService projects;

    @Inject
    VendorService vendors;

    @Inject
    CatalogFixtures fixtures;

    private long openTender() {
        long id = projects.create(
                        OFFICER,
                        new CreateProject(
                                "待审核供应商可见的项目",
                                2059,
                                "A02010104",
                                ProcurementMethod.OPEN_TENDER,
                                new BigDecimal("800000.00"),
                                null))
                .id();
        projects.publish(OFFICER, id, new PublishProject(OffsetDateTime.now().plusDays(3)));
        return id;
    }

    @Test
    @TestSecurity(user = "vendor-standing-pending", roles = Roles.VENDOR)
    void aPendingVendorIsToldInWordsWhyItCannotBidAndIsOfferedNoBidForm() {
        Vendors.aPendingVendor("vendor-standing-pending");
        long tender = openTender();
        Actor me = new Actor("vendor-standing-pending", "vendor-standing-pending", Roles.VENDOR, null);
        assertThat(projects.allowedSteps(me, tender)).doesNotContain(ProjectStep.BID);

        String bids = given().when()
                .get("/vendor/bids")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(bids).contains("贵公司的注册正在审核中，审核通过后即可申报产品、导入产品目录和投标。");
        assertThat(bids).contains("id=\"tender-" + tender + "\"").doesNotContain("action=\"/vendor/bids/");

        String english = given().cookie("lang", "en").when().get("/vendor/bids").asString();
        assertThat(english).contains("registration is being reviewed").doesNotContain("贵公司");

        String refused = post("/vendor/bids/" + tender, "amount", "100.00");
        assertThat(refused).contains("供应商当前状态为“待审核”").doesNotContain("PENDING").doesNotContain("ACTIVE");
    }

    @Test
    @TestSecurity(user = "vendor-standing-lists", roles = Roles.VENDOR)
    void aPendingVendorIsOfferedNoFormToListProductsOrImportACatalog() {
        Vendors.aPendingVendor("vendor-standing-lists");

        String products = given().when()
                .get("/vendor/products")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(products).contains("id=\"vendor-standing\"").doesNotContain("action=\"/vendor/products\"");
        String imports = given().when()
                .get("/vendor/imports")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(imports).contains("id=\"vendor-standing\"").doesNotContain("action=\"/vendor/imports\"");
    }

    @Test
    @TestSecurity(user = "vendor-standing-active", roles = Roles.VENDOR)
    void anApprovedVendorSeesTheFormsAndNoStandingNotice() {
        Vendors.anActiveVendor("vendor-standing-active");
        long tender = openTender();

        String bids = given().when().get("/vendor/bids").asString();
        assertThat(bids).contains("action=\"/vendor/bids/" + tender + "\"").doesNotContain("id=\"vendor-standing\"");
        assertThat(given().when().get("/vendor/products").asString()).contains("action=\"/vendor/products\"");
        assertThat(given().when().get("/vendor/imports").asString()).contains("action=\"/vendor/imports\"");
    }

    @Test
    @TestSecurity(user = "vendor-standing-details", roles = Roles.VENDOR)
    void onItsCompanyPageAVendorChangesItsContactKeepingItsApprovalAndItsNameGoingBackToReview() {
        String uscc = CatalogFixtures.newUscc();
        fixtures.activeVendor("vendor-standing-details", uscc);
        String page = given().when().get("/vendor/company").asString();
        assertThat(page).contains("action=\"/vendor/company/details\"").contains("value=\"" + uscc + "\"");

        String contact = post(
                "/vendor/company/details",
                "uscc",
                uscc,
                "name",
                "测试科技有限公司",
                "contactName",
                "钱七",
                "contactPhone",
                "13700137000",
                "email",
                "qian@example.cn");
        assertThat(contact).contains("id=\"company-saved\"").contains("钱七").doesNotContain("重新提交审核");
        assertThat(vendors.registered(vendor("vendor-standing-details"))
                        .orElseThrow()
                        .status())
                .isEqualTo(VendorStatus.ACTIVE);

        String renamed = post(
                "/vendor/company/details",
                "uscc",
                uscc,
                "name",
                "新名称科技有限公司",
                "contactName",
                "钱七",
                "contactPhone",
                "13700137000",
                "email",
                "qian@example.cn");
        assertThat(renamed).contains("企业信息已重新提交审核");
        assertThat(vendors.registered(vendor("vendor-standing-details"))
                        .orElseThrow()
                        .status())
                .isEqualTo(VendorStatus.PENDING);

        String invalid = post(
                "/vendor/company/details",
                "uscc",
                uscc,
                "name",
                "新名称科技有限公司",
                "contactName",
                "钱七",
                "contactPhone",
                "12345",
                "email",
                "qian@example.cn");
        assertThat(invalid).contains("联系电话应为 11 位手机号").contains("value=\"12345\"");
    }

    @Test
    @TestSecurity(user = "officer-standing-review", roles = Roles.OFFICER)
    void theOfficerReviewingARenamedVendorSeesWhatItWasApprovedAs() {
        String uscc = CatalogFixtures.newUscc();
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject, uscc);
        vendors.update(
                vendor(subject),
                new VendorRequests.Register(uscc, "改名审核科技有限公司", "张三", "13800138000", "sales@example.cn"));

        String review = given().queryParam("status", "PENDING")
                .when()
                .get("/officer/vendors")
                .asString();
        assertThat(review).contains("改名审核科技有限公司").contains("原名称：测试科技有限公司").contains("已通过审核的企业修改了名称或统一社会信用代码");
    }

    private static Actor vendor(String subject) {
        return new Actor(subject, subject, Roles.VENDOR, null);
    }

    private static String post(String path, String... fields) {
        Response form = given().when().get("/vendor/company");
        Matcher token = FORM_TOKEN.matcher(form.body().asString());
        assertThat(token.find()).isTrue();
        var request = given().cookie("csrf-token", form.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.when().post(path).then().statusCode(200).extract().asString();
    }
}
