package cn.taxprocurement.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Where the prices listings have had are kept, oldest first. */
@ApplicationScoped
class PriceHistoryRepository implements PanacheRepository<PriceHistory> {

    List<PricePoint> of(long productId) {
        return list("productId", Sort.ascending("effectiveFrom", "id"), productId).stream()
                .map(PriceHistory::view)
                .toList();
    }
}
