package cn.taxprocurement.order;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Where orders are found, and where their codes are numbered. */
@ApplicationScoped
class OrderRepository implements PanacheRepository<PurchaseOrder> {

    /** The order filters of a list; null means any. */
    record Filter(String unit, Long vendorId, OrderStatus status, Integer year) {}

    /**
     * The next code of a year, e.g. DD-2026-000123. The counter row is bumped in the database and read back through
     * LAST_INSERT_ID on the same connection, so concurrent requests on any replica never get the same number.
     */
    String nextCode(int year) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO order_code_counter (order_year, last_no) VALUES (?1, LAST_INSERT_ID(1)) "
                                + "ON DUPLICATE KEY UPDATE last_no = LAST_INSERT_ID(last_no + 1)")
                .setParameter(1, year)
                .executeUpdate();
        Number no = (Number)
                getEntityManager().createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return String.format("DD-%d-%06d", year, no.longValue());
    }

    /** Locks the order's row first in the transaction, so that two steps on one order follow one another. */
    PurchaseOrder locked(long id) {
        if (getEntityManager()
                .createNativeQuery("SELECT id FROM purchase_order WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList()
                .isEmpty()) {
            throw new Refusal(RefusalCode.ORDER_NOT_FOUND, id);
        }
        return findById(id);
    }

    PurchaseOrder find(long id) {
        return findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.ORDER_NOT_FOUND, id));
    }

    Page<PurchaseOrder> search(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.unit() != null) {
            where.add("unit = :unit");
            params.and("unit", filter.unit());
        }
        if (filter.vendorId() != null) {
            where.add("vendorId = :vendorId");
            params.and("vendorId", filter.vendorId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        Sort sort = Sort.descending("id");
        PanacheQuery<PurchaseOrder> query =
                where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        List<PurchaseOrder> items = query.page(page.page, page.size).list();
        return new Page<>(items, query.count(), page.page, page.size);
    }
}
