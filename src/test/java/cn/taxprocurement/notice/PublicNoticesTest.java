package cn.taxprocurement.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import cn.taxprocurement.fixtures.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicNoticesTest {
    private static final String NOTICES = "/api/v1/public/notices";
    // Each test reads its own year, so that the notices of the others never show up in its pages.
    private static final AtomicInteger YEARS = new AtomicInteger(2081);

    @Inject
    NoticeBoard board;

    @Inject
    EntityManager em;

    @Test
    void aNoticePublishedInATransactionIsReadByAnyoneWithoutAToken() {
        int year = YEARS.getAndIncrement();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("vendorName", "北京示例科技有限公司");
        fields.put("uscc", "91110108MA01ABCD2X");
        fields.put("amount", new BigDecimal("1520000.00"));
        fields.put("evaluationMethod", "LOWEST_PRICE");
        NoticeView published = publish(PublishNotice.ofProject(
                NoticeType.RESULT,
                "台式计算机采购项目中标结果公告",
                year,
                "CG-" + year + "-0001",
                "中标供应商：北京示例科技有限公司，中标金额 1520000.00 元。",
                fields));

        String body = anyone().when()
                .get(NOTICES + "/" + published.id())
                .then()
                .statusCode(200)
                .body("id", equalTo((int) published.id()))
                .body("type", equalTo("RESULT"))
                .body("title", equalTo("台式计算机采购项目中标结果公告"))
                .body("year", equalTo(year))
                .body("projectCode", equalTo("CG-" + year + "-0001"))
                .body("roundId", equalTo(null))
                .body("orderCode", equalTo(null))
                .body("body", containsString("中标金额 1520000.00 元"))
                .body("publishedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"))
                .body("fields.vendorName", equalTo("北京示例科技有限公司"))
                .body("fields.uscc", equalTo("91110108MA01ABCD2X"))
                .extract()
                .asString();
        // Amounts read back as they were written, with their two decimals.
        assertThat(body).contains("\"amount\":1520000.00");
        assertThat(published.fields()).containsEntry("amount", new BigDecimal("1520000.00"));
    }

    @Test
    void aSignedInCallerReadsTheSameNotices() {
        NoticeView published = publish(PublishNotice.ofRound(
                NoticeType.SHORTLIST, "入围结果公告", YEARS.getAndIncrement(), 7L, "入围供应商名单如下。", Map.of()));

        given().auth()
                .oauth2(Tokens.of("matrix-vendor-a"))
                .when()
                .get(NOTICES + "/" + published.id())
                .then()
                .statusCode(200)
                .body("roundId", equalTo(7))
                .body("fields", equalTo(Map.of()));
    }

    @Test
    void aNoticeWhoseTransactionRollsBackIsNeverPublic() {
        int year = YEARS.getAndIncrement();
        // The event fails after its notice was written: the notice goes with it.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    board.publish(
                            PublishNotice.ofProject(NoticeType.TENDER, "撤回的公告", year, null, "正文", Map.of()),
                            Instant.now());
                    throw new IllegalStateException("事件失败");
                }))
                .hasMessageContaining("事件失败");

        anyone().queryParam("year", year)
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void aNoticeIsPublishedOnlyInsideItsEventsTransaction() {
        PublishNotice notice =
                PublishNotice.ofProject(NoticeType.TENDER, "无事务的公告", YEARS.getAndIncrement(), null, "正文", Map.of());

        assertThatThrownBy(() -> board.publish(notice, Instant.now())).isInstanceOf(TransactionalException.class);
    }

    @Test
    void theListIsNewestFirstAndFiltersByTypeYearAndWords() {
        int year = YEARS.getAndIncrement();
        long tender = publish(PublishNotice.ofProject(
                        NoticeType.TENDER, "服务器采购公告", year, "CG-" + year + "-0002", "投标截止前递交。", Map.of()))
                .id();
        long correction = publish(PublishNotice.ofProject(
                        NoticeType.CORRECTION, "服务器采购更正公告", year, "CG-" + year + "-0002", "截止时间延至下周五。", Map.of()))
                .id();
        long order = publish(PublishNotice.ofOrder(
                        NoticeType.ORDER_RESULT, "打印机订单成交公告", year, "DD-" + year + "-0001", "成交 100% 按目录价。", Map.of()))
                .id();
        publish(PublishNotice.ofProject(NoticeType.TENDER, "另一年度的公告", year + 100, null, "服务器", Map.of()));

        anyone().queryParam("year", year)
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(order, correction, tender)))
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        anyone().queryParam("year", year)
                .queryParam("type", "tender")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(tender)));
        // Words of the title or of the body.
        anyone().queryParam("year", year)
                .queryParam("q", "服务器")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(correction, tender)));
        anyone().queryParam("year", year)
                .queryParam("q", "下周五")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(correction)));
        // A % is a character to find, not a wildcard.
        anyone().queryParam("year", year)
                .queryParam("q", "%")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(order)));
    }

    @Test
    void pagesHoldAtMostSizeNoticesAndCountThemAll() {
        int year = YEARS.getAndIncrement();
        long first = publish(PublishNotice.ofProject(NoticeType.INTENTION, "意向一", year, null, "一", Map.of()))
                .id();
        long second = publish(PublishNotice.ofProject(NoticeType.INTENTION, "意向二", year, null, "二", Map.of()))
                .id();
        long third = publish(PublishNotice.ofProject(NoticeType.INTENTION, "意向三", year, null, "三", Map.of()))
                .id();

        anyone().queryParam("year", year)
                .queryParam("size", 2)
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(third, second)))
                .body("total", equalTo(3));
        anyone().queryParam("year", year)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get(NOTICES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids(first)))
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2));
    }

    @Test
    void pagesOutsideTheirRangesAnUnknownTypeOrAMalformedYearAreRefusedWith400() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(
                Map.of("size", 0), Map.of("size", 201), Map.of("page", -1), Map.of("page", 100_001))) {
            anyone().queryParams(query)
                    .when()
                    .get(NOTICES)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        anyone().queryParam("type", "TENDERS")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        anyone().queryParam("year", "二〇二六")
                .when()
                .get(NOTICES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void anUnknownNoticeIs404() {
        anyone().when()
                .get(NOTICES + "/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("公告"));
    }

    @Test
    void theServiceAccountCanNeitherChangeNorDeleteANotice() {
        long id = publish(PublishNotice.ofProject(
                        NoticeType.FAILED, "废标公告", YEARS.getAndIncrement(), null, "有效投标不足三家。", Map.of()))
                .id();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("UPDATE notice SET title = '改过的' WHERE id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("UPDATE command denied");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("DELETE FROM notice WHERE id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("DELETE command denied");
        anyone().when().get(NOTICES + "/" + id).then().statusCode(200).body("title", equalTo("废标公告"));
    }

    private NoticeView publish(PublishNotice notice) {
        return QuarkusTransaction.requiringNew().call(() -> board.publish(notice, Instant.now()));
    }

    private static RequestSpecification anyone() {
        return given().redirects().follow(false);
    }

    private static List<Integer> ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toList();
    }
}
