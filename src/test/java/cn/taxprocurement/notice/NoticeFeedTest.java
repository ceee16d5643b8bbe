package cn.taxprocurement.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoticeFeedTest {
    private static final String FEED = "/api/v1/public/notices.atom";

    @Inject
    NoticeBoard board;

    @Test
    void theFeedCarriesTheLatestNoticesAsAtomEntriesLinkingToTheirPages() {
        QuarkusTransaction.requiringNew()
                .call(() -> board.publish(
                        PublishNotice.ofProject(
                                NoticeType.TENDER, "终端维护项目采购公告", 2077, "CG-2077-0001", "公开招标。", Map.of()),
                        Instant.now()));
        NoticeView notice = QuarkusTransaction.requiringNew()
                .call(() -> board.publish(
                        PublishNotice.ofProject(
                                NoticeType.FAILED,
                                "终端<采购>&维护项目废标公告",
                                2077,
                                "CG-2077-0001",
                                "有效投标不足三家，依法废标。",
                                Map.of("reason", "有效投标不足三家")),
                        Instant.now()));

        given().when()
                .get(FEED)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .body("feed.title", equalTo("税务采购网 信息公开"))
                .body("feed.entry.size()", lessThanOrEqualTo(50))
                .body(
                        "feed.entry.find { it.title == '终端<采购>&维护项目废标公告' }.link.@href",
                        endsWith(":" + RestAssured.port + "/notices/" + notice.id()));

        String failedOnly = given().queryParam("type", "FAILED")
                .when()
                .get(FEED)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(XmlPath.from(failedOnly).getList("feed.entry.category.@term", String.class))
                .isNotEmpty()
                .containsOnly("FAILED");
        given().queryParam("type", "NONSENSE").when().get(FEED).then().statusCode(400);
    }
}
