package cn.taxprocurement.web;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditEventView;
import cn.taxprocurement.audit.AuditTrail;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The audit trail for auditors: filtered, newest first, and the check that no event was altered or removed. */
@Path("/auditor")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class AuditorPages {
    private static final int PAGE_SIZE = 50;
    /** The kinds of object events are about, as the filter offers them. */
    static final List<String> ENTITY_TYPES = List.of(
            "Project",
            "Batch",
            "Vendor",
            "Product",
            "PriceChange",
            "CatalogRound",
            "CatalogImport",
            "Order",
            "Competition",
            "Category",
            "Report",
            "User");

    @Inject
    AuditTrail trail;

    /** The filters, echoed into the form and the page links; days are Beijing days. */
    public record Query(String actor, String entityType, String action, LocalDate from, LocalDate to) {
        public String pageLink() {
            UriBuilder uri = UriBuilder.fromPath("/auditor/events");
            add(uri, "actor", actor);
            add(uri, "entityType", entityType);
            add(uri, "action", action);
            add(uri, "from", from);
            add(uri, "to", to);
            String link = uri.build().toString();
            return link + (link.contains("?") ? "&" : "?");
        }

        private static void add(UriBuilder uri, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        }
    }

    /** An event as the page shows it: its action as a known one (null if not), and the name of its object. */
    public record Row(AuditEventView event, AuditAction action, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(
                Page<Row> page,
                Query query,
                AuditTrail.Verification verification,
                List<AuditAction> actions,
                List<String> entityTypes);
    }

    @GET
    @Path("events")
    public TemplateInstance events(
            @QueryParam("actor") String actor,
            @QueryParam("entityType") String entityType,
            @QueryParam("action") String action,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") int page) {
        return eventsPage(
                new Query(Form.blank(actor), Form.blank(entityType), Form.blank(action), from, to), page, null);
    }

    @GET
    @Path("verify")
    public TemplateInstance verify() {
        return eventsPage(new Query(null, null, null, null, null), 0, trail.verify());
    }

    private TemplateInstance eventsPage(Query query, int page, AuditTrail.Verification verification) {
        var filter = new AuditTrail.Filter(
                query.actor(),
                query.entityType(),
                null,
                query.action(),
                startOf(query.from()),
                query.to() == null ? null : startOf(query.to().plusDays(1)));
        Page<AuditEventView> events = trail.events(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Map<String, String> names = trail.names(events.items());
        Page<Row> rows = events.map(e -> new Row(
                e,
                Arrays.stream(AuditAction.values())
                        .filter(a -> a.name().equals(e.action()))
                        .findFirst()
                        .orElse(null),
                names.get(AuditTrail.key(e.entityType(), e.entityId()))));
        return Templates.events(rows, query, verification, List.of(AuditAction.values()), ENTITY_TYPES);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.SHANGHAI).toInstant();
    }
}
