package cn.taxprocurement.vendor;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where vendors are found: by id, by the signed-in user they belong to, or by status and name. */
@ApplicationScoped
public class VendorRepository implements PanacheRepository<Vendor> {

    public Optional<Vendor> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    boolean usccTaken(String uscc) {
        return count("uscc", uscc) > 0;
    }

    Page<Vendor> search(VendorStatus status, String text, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (text != null && !text.isBlank()) {
            where.add("(name like :text or uscc like :text)");
            params.and("text", "%" + text.strip() + "%");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<Vendor> found = find(query, Sort.descending("id"), params.map());
        List<Vendor> items = found.page(page.page, page.size).list();
        return new Page<>(items, found.count(), page.page, page.size);
    }
}
