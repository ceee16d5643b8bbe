package cn.taxprocurement.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Where bids are found: by project, and a vendor's own. */
@ApplicationScoped
class BidRepository implements PanacheRepository<Bid> {

    Optional<Bid> findOf(long projectId, long vendorId) {
        return find("projectId = ?1 and vendorId = ?2", projectId, vendorId).firstResultOptional();
    }

    List<Bid> ofProject(long projectId) {
        return list("projectId", Sort.ascending("amount", "submittedAt"), projectId);
    }
}
