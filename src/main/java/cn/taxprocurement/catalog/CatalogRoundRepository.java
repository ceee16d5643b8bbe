package cn.taxprocurement.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Where shortlist rounds are found: by id or by year. */
@ApplicationScoped
class CatalogRoundRepository implements PanacheRepository<CatalogRound> {

    List<CatalogRound> listOf(Integer year) {
        Sort order = Sort.descending("year").and("id", Sort.Direction.Descending);
        return year == null ? listAll(order) : list("year", order, year);
    }
}
