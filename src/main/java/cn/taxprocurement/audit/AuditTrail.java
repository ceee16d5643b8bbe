package cn.taxprocurement.audit;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the audit trail: filtered pages for auditors, and the walk that checks the chain. */
@ApplicationScoped
public class AuditTrail implements PanacheRepository<AuditEvent> {
    private static final int VERIFY_CHUNK = 1000;

    @Inject
    @All
    List<AuditedRows> auditedRows;

    /** Filters of the audit list; null means "any". */
    public record Filter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {}

    /** What a check found wrong. */
    public enum Problem {
        /** An event's hash or link does not match its fields and predecessor, or the newest one not the head. */
        HASH_MISMATCH,
        /** Events after the newest one found were deleted. */
        TAIL_MISSING,
        /** A checkpoint's signature is not the service's. */
        BAD_SIGNATURE,
        /** A checkpoint's event is gone while later events remain. */
        EVENT_MISSING,
        /** The chain is whole, but rows an event vouches for (an imported chunk's listings) were changed since. */
        ROWS_ALTERED
    }

    /**
     * The outcome of a chain check; {@code lastId} is the newest event that checked out intact, {@code detail} says
     * which rows were altered when {@code problem} is {@link Problem#ROWS_ALTERED}.
     */
    public record Verification(
            boolean valid, long checked, Long firstBrokenId, Long lastId, Problem problem, String detail) {
        Verification(boolean valid, long checked, Long firstBrokenId, Long lastId, Problem problem) {
            this(valid, checked, firstBrokenId, lastId, problem, null);
        }
    }

    /** The newest event as the chain's head records it. */
    record Head(long lastId, String lastHash) {}

    /** How each kind of object an event is about is named, by its id; kinds not here are named by their id alone. */
    private static final Map<String, String> NAMES = Map.of(
            "Product",
            "SELECT id, CONCAT(brand, ' ', model) FROM product WHERE id IN (:ids)",
            "PriceChange",
            "SELECT c.id, CONCAT(p.brand, ' ', p.model) FROM price_change c JOIN product p ON p.id = c.product_id"
                    + " WHERE c.id IN (:ids)",
            "Project",
            "SELECT id, title FROM project WHERE id IN (:ids)",
            "Batch",
            "SELECT id, name FROM batch WHERE id IN (:ids)",
            "Vendor",
            "SELECT id, name FROM vendor WHERE id IN (:ids)",
            "CatalogRound",
            "SELECT id, name FROM catalog_round WHERE id IN (:ids)",
            "CatalogImport",
            "SELECT id, file_name FROM catalog_import WHERE id IN (:ids)",
            "Order",
            "SELECT id, code FROM purchase_order WHERE id IN (:ids)",
            "Competition",
            "SELECT id, title FROM competition WHERE id IN (:ids)",
            "Category",
            "SELECT code, name FROM category WHERE code IN (:ids)");

    /** The names of the objects the events are about, keyed by {@link #key}; those without a name are left out. */
    public Map<String, String> names(List<AuditEventView> events) {
        Map<String, String> names = new HashMap<>();
        events.stream()
                .filter(e -> NAMES.containsKey(e.entityType()) && e.entityId() != null)
                .collect(Collectors.groupingBy(
                        AuditEventView::entityType, Collectors.mapping(AuditEventView::entityId, Collectors.toSet())))
                .forEach((type, ids) -> {
                    List<?> rows = getEntityManager()
                            .createNativeQuery(NAMES.get(type))
                            .setParameter("ids", ids)
                            .getResultList();
                    for (Object row : rows) {
                        Object[] columns = (Object[]) row;
                        names.put(key(type, String.valueOf(columns[0])), (String) columns[1]);
                    }
                });
        return names;
    }

    /** The key of an object in {@link #names}. */
    public static String key(String entityType, String entityId) {
        return entityType + ":" + entityId;
    }

    /** A page of events as auditors read them, newest first. */
    public Page<AuditEventView> events(Filter filter, PageRequest request) {
        return find(filter, request).map(AuditEventView::of);
    }

    public Page<AuditEvent> find(Filter filter, PageRequest request) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            params.and("actor", filter.actor());
        }
        if (filter.entityType() != null) {
            where.add("entityType = :entityType");
            params.and("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.add("entityId = :entityId");
            params.and("entityId", filter.entityId());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.and("to", filter.to());
        }
        PanacheQuery<AuditEvent> query = where.isEmpty()
                ? findAll(Sort.descending("id"))
                : find(String.join(" and ", where), Sort.descending("id"), params);
        query.page(request.page, request.size);
        return new Page<>(query.list(), query.count(), request.page, request.size);
    }

    /**
     * Recomputes every event's hash and link, oldest first, and matches the newest against the chain's head. The head
     * is read first: events written meanwhile lie beyond it and are left for the next check.
     */
    public Verification verify() {
        return verifyAfter(0, AuditHash.GENESIS, head());
    }

    /** Checks the events after {@code afterId} up to the head's, in chunks so that memory stays flat. */
    Verification verifyAfter(long afterId, String afterHash, Head head) {
        String previousHash = afterHash;
        long previousId = afterId;
        long checked = 0;
        while (previousId < head.lastId()) {
            List<AuditEvent> chunk = find("id > ?1 and id <= ?2", Sort.ascending("id"), previousId, head.lastId())
                    .page(0, VERIFY_CHUNK)
                    .list();
            if (chunk.isEmpty()) {
                break;
            }
            for (AuditEvent event : chunk) {
                if (event.id != previousId + 1
                        || !event.prevHash.equals(previousHash)
                        || !event.hash.equals(event.computeHash())) {
                    return new Verification(false, checked, event.id, lastId(previousId), Problem.HASH_MISMATCH);
                }
                Optional<String> altered = altered(event, head);
                if (altered.isPresent()) {
                    return new Verification(
                            false, checked, event.id, lastId(previousId), Problem.ROWS_ALTERED, altered.get());
                }
                previousId = event.id;
                previousHash = event.hash;
                checked++;
            }
            getEntityManager().clear();
        }
        if (previousId < head.lastId()) {
            return new Verification(false, checked, previousId + 1, lastId(previousId), Problem.TAIL_MISSING);
        }
        if (!previousHash.equals(head.lastHash())) {
            return new Verification(false, checked, previousId, lastId(previousId), Problem.HASH_MISMATCH);
        }
        return new Verification(true, checked, null, lastId(previousId), null);
    }

    /** What the rows the event vouches for no longer match, if it vouches for rows. */
    private Optional<String> altered(AuditEvent event, Head head) {
        for (AuditedRows rows : auditedRows) {
            if (rows.action().name().equals(event.action)) {
                return rows.altered(AuditEventView.of(event), head.lastId());
            }
        }
        return Optional.empty();
    }

    Head head() {
        Object[] head = (Object[]) getEntityManager()
                .createNativeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        return new Head(((Number) head[0]).longValue(), (String) head[1]);
    }

    private static Long lastId(long id) {
        return id == 0 ? null : id;
    }
}
