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

    Page<Notice> ofYear(int year, PageRequest page) {
        PanacheQuery<Notice> query = find("year", Sort.ascending("publishedAt", "id"), year);
        return new Page<>(query.page(page.page, page.size).list(), query.count(), page.page, page.size);
    }

    List<Notice> ofProcess(String projectCode, String orderCode, Long roundId) {
        Sort oldestFirst = Sort.ascending("publishedAt", "id");
        if (projectCode != null) {
            return list("projectCode", oldestFirst, projectCode);
        }
        if (orderCode != null) {
            return list("orderCode", oldestFirst, orderCode);
        }
        return roundId == null ? List.of() : list("roundId", oldestFirst, roundId);
    }

    // The words are matched as written: % and _ in them are no wildcards.
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
