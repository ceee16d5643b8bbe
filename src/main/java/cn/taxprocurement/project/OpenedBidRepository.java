package cn.taxprocurement.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The opening records, line by line in the order they were read out. */
@ApplicationScoped
class OpenedBidRepository implements PanacheRepository<OpenedBid> {
    List<OpenedBid> ofProject(long projectId) {
        return list("projectId", Sort.ascending("id"), projectId);
    }
}
