package cn.taxprocurement.order;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Where competitions are found. */
@ApplicationScoped
class CompetitionRepository implements PanacheRepository<Competition> {

    Competition find(long id) {
        return findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.COMPETITION_NOT_FOUND, id));
    }

    /** Locks the competition's row first in the transaction: quotes and the closing are decided one after another. */
    Competition locked(long id) {
        if (getEntityManager()
                .createNativeQuery("SELECT id FROM competition WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList()
                .isEmpty()) {
            throw new Refusal(RefusalCode.COMPETITION_NOT_FOUND, id);
        }
        return findById(id);
    }

    /** The competitions a vendor is invited to, newest first. */
    List<Competition> inviting(long vendorId) {
        return find(
                        "select distinct c from Competition c join c.listings l where l.vendorId = ?1",
                        Sort.descending("id"),
                        vendorId)
                .page(0, 100)
                .list();
    }

    List<Competition> ofUnit(String unit) {
        return find("unit", Sort.descending("id"), unit).page(0, 100).list();
    }
}
