package cn.taxprocurement.web;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.NoticeView;
import cn.taxprocurement.order.OrderMethod;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.security.BuyingUnitConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The public notice board (信息公开): anyone finds notices by words, type and year, and reads each as a 公告. */
@Path("/notices")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NoticePages {
    private static final int PAGE_SIZE = 20;

    @Inject
    NoticeBoard board;

    @Inject
    BuyingUnitConfig units;

    /** The search, echoed into the form and the page links. */
    public record Query(String q, NoticeType type, Integer year) {
        public String pageLink() {
            UriBuilder uri = UriBuilder.fromPath("/notices");
            if (q != null && !q.isBlank()) {
                uri.queryParam("q", q);
            }
            if (type != null) {
                uri.queryParam("type", type.name());
            }
            if (year != null) {
                uri.queryParam("year", year);
            }
            String link = uri.build().toString();
            return link + (link.contains("?") ? "&" : "?");
        }

        public boolean is(NoticeType candidate) {
            return candidate == type;
        }
    }

    /**
     * A notice as its page shows it: the particulars a 公告 states, each in words (null when the notice has none), and
     * for a shortlist every admitted vendor.
     */
    public record Detail(
            NoticeView notice,
            String unit,
            String projectTitle,
            String method,
            String evaluationMethod,
            BigDecimal budget,
            OffsetDateTime deadline,
            OffsetDateTime previousDeadline,
            String vendor,
            String uscc,
            BigDecimal amount,
            String reason,
            List<Admitted> admitted) {}

    /** A vendor a shortlist admitted, with its products per category in words. */
    public record Admitted(String vendor, String uscc, String products) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<NoticeView> page, Query query, List<NoticeType> types);

        static native TemplateInstance notice(Detail detail);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("year") String year,
            @QueryParam("page") @DefaultValue("0") int page) {
        Query query = new Query(q == null ? null : q.strip(), typeOf(type), yearOf(year));
        Page<NoticeView> notices =
                board.search(query.type(), query.year(), query.q(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        return Templates.list(notices, query, Arrays.asList(NoticeType.values()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance notice(@PathParam("id") long id) {
        NoticeView notice = board.get(id);
        Map<String, Object> fields = notice.fields();
        return Templates.notice(new Detail(
                notice,
                fields.get("unit") instanceof String unit ? unit : units.defaultUnit(),
                text(fields.get("projectTitle")),
                methodOf(fields.get("method")),
                fields.get("evaluationMethod") == null
                        ? null
                        : EvaluationMethod.valueOf(
                                        fields.get("evaluationMethod").toString())
                                .label(),
                amount(fields.get("budgetAmount")),
                time(fields.get("bidDeadline")),
                time(fields.get("previousBidDeadline")),
                text(fields.get("vendor")),
                text(fields.get("uscc")),
                amount(fields.get("amount")),
                text(fields.get("reason")),
                admitted(fields.get("vendors"))));
    }

    private static List<Admitted> admitted(Object vendors) {
        if (!(vendors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(vendor -> (Map<?, ?>) vendor)
                .map(vendor -> new Admitted(
                        text(vendor.get("vendor")),
                        text(vendor.get("uscc")),
                        ((List<?>) vendor.get("products"))
                                .stream()
                                        .map(line -> (Map<?, ?>) line)
                                        .map(line -> line.get("categoryName") + " " + line.get("productCount") + " 种")
                                        .reduce((a, b) -> a + "、" + b)
                                        .orElse("")))
                .toList();
    }

    private static String methodOf(Object method) {
        if (method == null) {
            return null;
        }
        // A project's notice names its procurement method, an order's notice how the order was bought.
        return Stream.concat(
                        Arrays.stream(ProcurementMethod.values()).map(m -> Map.entry(m.name(), m.label())),
                        Arrays.stream(OrderMethod.values()).map(m -> Map.entry(m.name(), m.label())))
                .filter(m -> m.getKey().equals(method.toString()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(method.toString());
    }

    private static NoticeType typeOf(String type) {
        return Arrays.stream(NoticeType.values())
                .filter(t -> t.name().equalsIgnoreCase(type == null ? "" : type.strip()))
                .findFirst()
                .orElse(null);
    }

    // A year that is not a number searches every year, as an empty one does.
    private static Integer yearOf(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static BigDecimal amount(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
