package cn.taxprocurement.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.fixtures.Vendors;
import cn.taxprocurement.project.BatchView;
import cn.taxprocurement.project.CreateBatch;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.PlaceBid;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An English reader reads English on every page of their role's menu: what people typed in (titles, names, reasons,
 * the audit trail's summaries) stays as typed, and nothing else on the page is Chinese.
 */
@QuarkusTest
class EnglishPagesTest {
    private static final Actor OFFICER = new Actor("officer-english", "officer-english", Roles.OFFICER, null);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    // The language switch names Chinese in Chinese on purpose, and the dashboard quotes the yearbook's paragraph in the
    // yearbook's own words, to be pasted into it.
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->"
            + "|<a [^>]*lang=\"zh-CN\"[^>]*>.*?</a>|<p id=\"yearbook\">.*?</p>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ProjectService projects;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "procurement.buying-units.default")
    String defaultUnit;

    /** Projects of 2049 at the steps the officer's pages show: in a batch, published, merged; their pages by name. */
    private Map<String, Long> projectsOf2049() {
        BatchView batch = projects.createBatch(OFFICER, new CreateBatch("2049 年英文页面批次", 2049));
        ProjectView drafted = projects.create(OFFICER, project("英文页面草稿", ProcurementMethod.OPEN_TENDER, batch.id()));
        ProjectView published = projects.create(OFFICER, project("英文页面已发布", ProcurementMethod.OPEN_TENDER, null));
        projects.publish(
                OFFICER, published.id(), new PublishProject(OffsetDateTime.now().plusDays(20)));
        ProjectView first = projects.create(OFFICER, project("英文页面合并一", ProcurementMethod.INVITED_TENDER, null));
        ProjectView second = projects.create(OFFICER, project("英文页面合并二", ProcurementMethod.INVITED_TENDER, null));
        ProjectView merged = projects.merge(OFFICER, new MergeProjects("英文页面合并", List.of(first.id(), second.id())));
        return Map.of("batch", batch.id(), "draft", drafted.id(), "published", published.id(), "merged", merged.id());
    }

    @Test
    @TestSecurity(user = "officer-english", roles = Roles.OFFICER)
    void anOfficerReadsNoChineseButTheDataOnEveryPageOfTheMenu() {
        Map<String, Long> ids = projectsOf2049();
        List<String> pages = List.of(
                "/",
                "/officer/projects?year=2049",
                "/officer/projects/new",
                "/officer/projects/records",
                "/officer/projects/" + ids.get("draft"),
                "/officer/projects/" + ids.get("published"),
                "/officer/projects/" + ids.get("merged"),
                "/officer/vendors",
                "/officer/products",
                "/officer/price-changes",
                "/officer/rounds",
                "/officer/batches?year=2049",
                "/officer/batches/" + ids.get("batch"),
                "/officer/orders",
                "/catalog",
                "/notices");
        assertThat(chineseOn(pages)).isEmpty();

        String list = english("/officer/projects?year=2049");
        assertThat(list).contains("<td>Open tendering</td>").contains("<td>Invited tendering</td>");
        assertThat(english("/officer/projects/" + ids.get("published")))
                .contains("Open tendering")
                .contains("million yuan")
                .doesNotContain("万元");
    }

    @Test
    @TestSecurity(user = "officer-english", roles = Roles.OFFICER)
    void aFormRefusedOnAnEnglishPageGivesEveryErrorInEnglish() {
        Response form = given().cookie("lang", "en").when().get("/officer/projects/new");
        Matcher token = FORM_TOKEN.matcher(form.body().asString());
        assertThat(token.find()).isTrue();
        String refused = given().cookie("lang", "en")
                .cookie("csrf-token", form.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1))
                .formParam("title", "")
                .formParam("year", "1999")
                .formParam("categoryCode", "")
                .formParam("method", "OPEN_TENDER")
                .formParam("budgetAmount", "0")
                .formParam("batchId", "987654321")
                .formParam("evaluationMethod", "COMPREHENSIVE_SCORE")
                .formParam("priceWeight", "")
                .when()
                .post("/officer/projects")
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
        assertThat(refused)
                .contains("id=\"title-error\" role=\"alert\">Give the project title<")
                .contains("id=\"year-error\" role=\"alert\">The year must be between 2000 and 2100<")
                .contains("id=\"categoryCode-error\" role=\"alert\">Choose a category<")
                .contains("id=\"budgetAmount-error\" role=\"alert\">The amount must be above 0")
                .contains("id=\"batchId-error\" role=\"alert\">Batch 987654321")
                .contains("id=\"priceWeight-error\" role=\"alert\">");
        assertThat(chineseIn(refused, storedTexts())).isEmpty();
    }

    @Test
    @TestSecurity(user = "vendor-english", roles = Roles.VENDOR)
    void aVendorReadsNoChineseButTheDataOnEveryPageOfTheMenu() {
        Vendors.anActiveVendor("vendor-english");
        ProjectView open = projects.create(OFFICER, project("英文页面投标", ProcurementMethod.OPEN_TENDER, null));
        projects.publish(
                OFFICER, open.id(), new PublishProject(OffsetDateTime.now().plusDays(20)));
        projects.placeBid(
                new Actor("vendor-english", "vendor-english", Roles.VENDOR, null),
                open.id(),
                new PlaceBid(new BigDecimal("1500000.00")));
        assertThat(chineseOn(List.of(
                        "/",
                        "/vendor/company",
                        "/vendor/products",
                        "/vendor/imports",
                        "/vendor/bids",
                        "/vendor/orders",
                        "/vendor/competitions",
                        "/catalog",
                        "/notices")))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = "manager-english", roles = Roles.MANAGER)
    void aManagerReadsNoChineseButTheDataOnTheReports() {
        assertThat(chineseOn(List.of("/", "/manager/reports?year=2049", "/catalog")))
                .isEmpty();
        assertThat(english("/manager/reports?year=2049")).doesNotContain("亿元");
    }

    @Test
    @TestSecurity(user = "auditor-english", roles = Roles.AUDITOR)
    void anAuditorReadsNoChineseButTheDataOnTheAuditTrail() {
        assertThat(chineseOn(List.of("/", "/auditor/events", "/catalog"))).isEmpty();
    }

    @Test
    void aVisitorReadsNoChineseButTheDataOnThePublicPages() {
        assertThat(chineseOn(List.of("/", "/notices"))).isEmpty();
    }

    /** What is Chinese on each page once every text stored in the database is taken out: page → the Chinese left. */
    private Map<String, List<String>> chineseOn(List<String> pages) {
        List<String> data = storedTexts();
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String page : pages) {
            List<String> han = chineseIn(english(page), data);
            if (!han.isEmpty()) {
                found.put(page, han);
            }
        }
        return found;
    }

    /** The Chinese a reader sees on {@code html} that is none of the {@code data}. */
    private static List<String> chineseIn(String html, List<String> data) {
        String text = visible(html);
        for (String value : data) {
            text = text.replace(value, " ");
        }
        return hanIn(text);
    }

    private static String english(String page) {
        return given().cookie("lang", "en")
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .extract()
                .body()
                .asString();
    }

    /** The text a reader sees: no scripts, styles, comments or tags, entities read. */
    private static String visible(String html) {
        String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    private static List<String> hanIn(String text) {
        List<String> han = new ArrayList<>();
        Matcher matcher = HAN.matcher(text);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 20);
            han.add(text.substring(from, Math.min(text.length(), matcher.end() + 20))
                    .strip());
        }
        return han;
    }

    /**
     * Every Chinese text the database holds, longest first: what people typed and what the service wrote down (names,
     * titles, reasons, summaries) is data, shown as it was stored; so is the name of the buying unit configured.
     */
    @SuppressWarnings("unchecked")
    private List<String> storedTexts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery(
                            "SELECT table_name, column_name FROM information_schema.columns"
                                    + " WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'char', 'text',"
                                    + " 'mediumtext', 'longtext') AND table_name <> 'flyway_schema_history'")
                    .getResultList();
            List<String> texts = new ArrayList<>();
            for (Object[] column : columns) {
                List<Object> values = em.createNativeQuery("SELECT DISTINCT `" + column[1] + "` FROM `" + column[0]
                                + "` WHERE `" + column[1] + "` IS NOT NULL")
                        .getResultList();
                for (Object value : values) {
                    String text = value.toString();
                    if (HAN.matcher(text).find()) {
                        texts.add(text);
                    }
                }
            }
            texts.add(defaultUnit);
            texts.sort(Comparator.comparingInt(String::length).reversed());
            return texts;
        });
    }

    private static CreateProject project(String title, ProcurementMethod method, Long batchId) {
        return new CreateProject(
                title,
                2049,
                "A02010104",
                method,
                new BigDecimal("1520000.00"),
                batchId,
                EvaluationMethod.LOWEST_PRICE,
                null,
                null);
    }
}
