package cn.taxprocurement.audit;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail: filtered pages for auditors, and the walk that checks the chain. */
@ApplicationScoped
public class AuditTrail implements PanacheRepository<AuditEvent> {
    private static final int VERIFY_CHUNK = 1000;

    /** Filters of the audit list; null means "any". */
    public record Filter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {}

    /** The outcome of a chain check. */
    public record Verification(boolean valid, long checked, Long firstBrokenId) {}

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

    /** Recomputes every event's hash and link, oldest first, in chunks so that memory stays flat. */
    public Verification verify() {
        String previousHash = AuditHash.GENESIS;
        long previousId = 0;
        long checked = 0;
        while (true) {
            List<AuditEvent> chunk = find("id > ?1", Sort.ascending("id"), previousId)
                    .page(0, VERIFY_CHUNK)
                    .list();
            if (chunk.isEmpty()) {
                return new Verification(true, checked, null);
            }
            for (AuditEvent event : chunk) {
                if (event.id != previousId + 1
                        || !event.prevHash.equals(previousHash)
                        || !event.hash.equals(event.computeHash())) {
                    return new Verification(false, checked, event.id);
                }
                previousId = event.id;
                previousHash = event.hash;
                checked++;
            }
            getEntityManager().clear();
        }
    }
}
