package cn.taxprocurement.project;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Where batches are found. */
@ApplicationScoped
class BatchRepository implements PanacheRepository<Batch> {

    /** The batches of a year (null: every year), newest first. */
    Page<Batch> search(Integer year, PageRequest page) {
        Sort sort = Sort.descending("id");
        PanacheQuery<Batch> query = year == null ? findAll(sort) : find("year", sort, year);
        return new Page<>(query.page(page.page, page.size).list(), query.count(), page.page, page.size);
    }
}
