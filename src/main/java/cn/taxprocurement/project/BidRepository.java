package cn.taxprocurement.project;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Where current bids are found (each vendor's newest on a project): by project, and a vendor's own. */
@ApplicationScoped
class BidRepository implements PanacheRepository<Bid> {
    private static final String CURRENT_OF_PROJECT = "from Bid bid where bid.projectId = ?1"
            + " and bid.id = (select max(newer.id) from Bid newer"
            + " where newer.projectId = bid.projectId and newer.vendorId = bid.vendorId)"
            + " order by bid.amount, bid.submittedAt";

    private static final String CURRENT_OF_VENDOR = "from Bid bid where bid.vendorId = ?1"
            + " and bid.id = (select max(newer.id) from Bid newer"
            + " where newer.projectId = bid.projectId and newer.vendorId = bid.vendorId)"
            + " order by bid.id desc";

    /** A vendor's current bids, newest first. */
    Page<Bid> currentOfVendor(long vendorId, PageRequest page) {
        PanacheQuery<Bid> query = find(CURRENT_OF_VENDOR, vendorId);
        return new Page<>(query.page(page.page, page.size).list(), query.count(), page.page, page.size);
    }

    Optional<Bid> currentOf(long projectId, long vendorId) {
        return find("projectId = ?1 and vendorId = ?2", Sort.descending("id"), projectId, vendorId)
                .firstResultOptional();
    }

    List<Bid> currentOfProject(long projectId) {
        return list(CURRENT_OF_PROJECT, projectId);
    }

    boolean isCurrent(Bid bid) {
        return currentOf(bid.projectId, bid.vendorId)
                .map(current -> current.id.equals(bid.id))
                .orElse(false);
    }
}
