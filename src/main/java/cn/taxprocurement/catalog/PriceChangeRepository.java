package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Where requests to lower prices are found, with the listing and vendor each concerns. */
@ApplicationScoped
class PriceChangeRepository implements PanacheRepository<PriceChange> {
    private static final String WITH_LISTING = "SELECT c, p.vendorId, v.name, p.brand, p.model"
            + " FROM PriceChange c, Product p, Vendor v WHERE p.id = c.productId AND v.id = p.vendorId";

    boolean pending(long productId) {
        return count("pendingProductId", productId) > 0;
    }

    PriceChangeView view(long id) {
        return toView(
                query(WITH_LISTING + " AND c.id = :id").setParameter("id", id).getSingleResult());
    }

    /** The requests of a status (any when null), newest first. */
    Page<PriceChangeView> search(PriceChangeStatus status, PageRequest page) {
        long total = status == null ? count() : count("status", status);
        TypedQuery<Object[]> rows =
                query(WITH_LISTING + (status == null ? "" : " AND c.status = :status") + " ORDER BY c.id DESC");
        if (status != null) {
            rows.setParameter("status", status);
        }
        rows.setFirstResult(page.page * page.size).setMaxResults(page.size);
        List<PriceChangeView> items = total == 0
                ? List.of()
                : rows.getResultList().stream()
                        .map(PriceChangeRepository::toView)
                        .toList();
        return new Page<>(items, total, page.page, page.size);
    }

    /** The vendor's requests still waiting for an officer. */
    List<PriceChangeView> pendingOfVendor(long vendorId) {
        return query(WITH_LISTING + " AND c.status = :status AND p.vendorId = :vendorId")
                .setParameter("status", PriceChangeStatus.PENDING)
                .setParameter("vendorId", vendorId)
                .getResultList()
                .stream()
                .map(PriceChangeRepository::toView)
                .toList();
    }

    private TypedQuery<Object[]> query(String jpql) {
        return getEntityManager().createQuery(jpql, Object[].class);
    }

    private static PriceChangeView toView(Object[] row) {
        PriceChange c = (PriceChange) row[0];
        return new PriceChangeView(
                c.id,
                c.productId,
                (Long) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                c.oldPrice,
                c.newPrice,
                c.reason,
                c.status,
                c.rejectReason,
                c.proposedBy,
                ProductView.utc(c.proposedAt),
                c.decidedBy,
                ProductView.utc(c.decidedAt));
    }
}
