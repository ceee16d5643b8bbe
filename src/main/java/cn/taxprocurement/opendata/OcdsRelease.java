package cn.taxprocurement.opendata;

import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.NoticeView;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One notice as an OCDS 1.1 release: the tag its type stands for, the buyer, the tender as the notice describes it
 * and, for a result, the award and its supplier identified by the USCC. Only what the notice published goes in.
 */
final class OcdsRelease {
    static final String CURRENCY = "CNY";
    static final String USCC_SCHEME = "CN-USCC";
    // RFC 3339 as JSON Schema's date-time wants it: seconds always written.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OcdsRelease() {}

    /** The OCDS release tag a notice type stands for. */
    static String tag(NoticeType type) {
        return switch (type) {
            case INTENTION -> "planning";
            case TENDER -> "tender";
            case CORRECTION -> "tenderAmendment";
            case FAILED, TERMINATED -> "tenderCancellation";
            case RESULT, SHORTLIST, ORDER_RESULT -> "award";
        };
    }

    /**
     * The release of a notice about the contracting process {@code process} (a project's or an order's code), whose
     * id in the world is {@code ocid}; the buyer is the notice's unit, or {@code defaultBuyer} when it names none.
     */
    static ObjectNode of(NoticeView notice, String ocid, String process, String defaultBuyer) {
        Map<String, Object> fields = notice.fields();
        String buyer = fields.get("unit") instanceof String unit ? unit : defaultBuyer;
        ObjectNode release = JSON.objectNode();
        release.put("ocid", ocid);
        release.put("id", ocid + "-notice-" + notice.id());
        release.put("date", dateTime(notice.publishedAt()));
        release.putArray("tag").add(tag(notice.type()));
        release.put("initiationType", "tender");
        release.put("language", "zh");
        release.putObject("buyer").put("id", buyer).put("name", buyer);
        ArrayNode parties = release.putArray("parties");
        parties.addObject()
                .put("id", buyer)
                .put("name", buyer)
                .putArray("roles")
                .add("buyer")
                .add("procuringEntity");
        ObjectNode tender = tender(release, process, notice, fields);
        switch (notice.type()) {
            case INTENTION -> {
                tender.put("status", "planning");
                if (fields.get("budgetAmount") != null) {
                    value(release.putObject("planning").putObject("budget"), "amount", fields.get("budgetAmount"));
                }
            }
            case TENDER -> {
                tender.put("status", "active");
                tenderPeriod(tender, fields.get("bidDeadline"));
            }
            case CORRECTION -> {
                tender.put("status", "active");
                tenderPeriod(tender, fields.get("bidDeadline"));
                tender.putArray("amendments")
                        .addObject()
                        .put("id", "notice-" + notice.id())
                        .put("date", dateTime(notice.publishedAt()))
                        .put("rationale", text(fields.get("reason")));
            }
            case FAILED -> tender.put("status", "unsuccessful").put("statusDetails", text(fields.get("reason")));
            case TERMINATED -> tender.put("status", "cancelled").put("statusDetails", text(fields.get("reason")));
            case RESULT, ORDER_RESULT -> {
                tender.put("status", "complete");
                award(release, notice, supplier(parties, fields), fields.get("amount"));
            }
            case SHORTLIST -> {
                tender.put("status", "complete");
                ArrayNode suppliers = JSON.arrayNode();
                if (fields.get("vendors") instanceof List<?> vendors) {
                    vendors.forEach(vendor -> suppliers.addAll(supplier(parties, (Map<?, ?>) vendor)));
                }
                award(release, notice, suppliers, null);
            }
        }
        return release;
    }

    private static ObjectNode tender(
            ObjectNode release, String process, NoticeView notice, Map<String, Object> fields) {
        ObjectNode tender = release.putObject("tender");
        tender.put("id", process);
        tender.put("title", text(fields.getOrDefault("projectTitle", notice.title())));
        String method = OcdsMethod.of(fields.get("method"));
        if (method != null) {
            tender.put("procurementMethod", method);
            tender.put("procurementMethodDetails", fields.get("method").toString());
        }
        if (fields.get("budgetAmount") != null) {
            value(tender, "value", fields.get("budgetAmount"));
        }
        return tender;
    }

    private static void tenderPeriod(ObjectNode tender, Object deadline) {
        if (deadline != null) {
            tender.putObject("tenderPeriod").put("endDate", dateTime(deadline));
        }
    }

    private static void award(ObjectNode release, NoticeView notice, ArrayNode suppliers, Object amount) {
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", "award-" + notice.id());
        award.put("title", notice.title());
        award.put("status", "active");
        award.put("date", dateTime(notice.publishedAt()));
        if (amount != null) {
            value(award, "value", amount);
        }
        award.set("suppliers", suppliers);
    }

    /** The awarded vendor as a party, identified by its USCC; answers the reference the award names it by. */
    private static ArrayNode supplier(ArrayNode parties, Map<?, ?> fields) {
        ArrayNode reference = JSON.arrayNode();
        if (!(fields.get("uscc") instanceof String uscc)) {
            return reference;
        }
        String id = USCC_SCHEME + "-" + uscc;
        String name = text(fields.get("vendor"));
        ObjectNode party = parties.addObject().put("id", id).put("name", name);
        party.putObject("identifier").put("scheme", USCC_SCHEME).put("id", uscc).put("legalName", name);
        party.putArray("roles").add("supplier");
        reference.addObject().put("id", id).put("name", name);
        return reference;
    }

    private static void value(ObjectNode parent, String name, Object amount) {
        parent.putObject(name).put("amount", new BigDecimal(amount.toString())).put("currency", CURRENCY);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String dateTime(Object instant) {
        OffsetDateTime at =
                instant instanceof OffsetDateTime offset ? offset : OffsetDateTime.parse(instant.toString());
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DATE_TIME);
    }
}
