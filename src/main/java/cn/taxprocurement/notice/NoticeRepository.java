package cn.taxprocurement.notice;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Where notices are found: newest first, by type, year and words of the title or body. */
@ApplicationScoped
class NoticeRepository implements PanacheRepository<Notice> {

    Page<Notice> search(NoticeType type, Integer year, String text, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (year != null) {
            where.add("year = :year");
            params.and("year", year);
        }
        if (text != null && !text.isBlank()) {
            where.add("(title like :text escape '!' or body like :text escape '!')");
            params.and("text", "%" + escapeLike(text.strip()) + "%");
        }
        Sort sort = Sort.descending("publishedAt", "id");
        PanacheQuery<Notice> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        List<Notice> items = query.page(page.page, page.size).list();
        return new Page<>(items, query.count(), page.page, page.size);
    }

    // The words are matched as written: % and _ in them are no wildcards.
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
