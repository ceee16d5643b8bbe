package cn.taxprocurement.project;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where projects are found, and where their codes are numbered. */
@ApplicationScoped
class ProjectRepository implements PanacheRepository<Project> {

    /** The project filters of a list; null means any. */
    record Filter(
            Integer year,
            ProjectStatus status,
            String categoryCode,
            ProcurementMethod method,
            Long batchId,
            ProjectSource source) {}

    /**
     * The next code of a year, e.g. CG-2018-0001. The counter row is bumped in the database and read back through
     * LAST_INSERT_ID on the same connection, so concurrent requests on any replica never get the same number.
     */
    String nextCode(int year) {
        getEntityManager()
                .createNativeQuery("INSERT INTO project_code_counter (year, last_no) VALUES (?1, LAST_INSERT_ID(1)) "
                        + "ON DUPLICATE KEY UPDATE last_no = LAST_INSERT_ID(last_no + 1)")
                .setParameter(1, year)
                .executeUpdate();
        Number no = (Number)
                getEntityManager().createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return String.format("CG-%d-%04d", year, no.longValue());
    }

    /**
     * Locks the project's row for the rest of the transaction, in plain SQL: the MySQL dialect's FOR UPDATE OF alias
     * is not understood by MariaDB. Call it first in the transaction, so that later reads see what others committed.
     */
    void lock(long id) {
        if (getEntityManager()
                .createNativeQuery("SELECT id FROM project WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList()
                .isEmpty()) {
            throw new Refusal(RefusalCode.PROJECT_NOT_FOUND, id);
        }
    }

    Page<Project> search(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.categoryCode() != null) {
            where.add("categoryCode = :categoryCode");
            params.and("categoryCode", filter.categoryCode());
        }
        if (filter.method() != null) {
            where.add("method = :method");
            params.and("method", filter.method());
        }
        if (filter.batchId() != null) {
            where.add("batchId = :batchId");
            params.and("batchId", filter.batchId());
        }
        if (filter.source() != null) {
            where.add("source = :source");
            params.and("source", filter.source());
        }
        Sort sort = Sort.descending("id");
        PanacheQuery<Project> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        List<Project> items = query.page(page.page, page.size).list();
        return new Page<>(items, query.count(), page.page, page.size);
    }

    /** How many published projects have passed their bid deadline: their bids wait to be opened and awarded. */
    long countPastDeadline(Instant now) {
        return count("status = ?1 and bidDeadline <= ?2", ProjectStatus.PUBLISHED, now);
    }

    /** How many published projects still take bids from the vendor: open to all, or inviting it. */
    long countOpenTo(long vendorId, Instant now) {
        List<ProcurementMethod> openToAll = Arrays.stream(ProcurementMethod.values())
                .filter(method -> !method.byInvitation())
                .toList();
        return count(
                "status = ?1 and bidDeadline > ?2 and (method in ?3 or ?4 member of invitedVendorIds)",
                ProjectStatus.PUBLISHED,
                now,
                openToAll,
                vendorId);
    }

    List<Project> inBatch(long batchId) {
        return list("batchId", Sort.ascending("id"), batchId);
    }
}
