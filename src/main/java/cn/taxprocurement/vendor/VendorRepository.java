package cn.taxprocurement.vendor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Where vendors are found: by id, or by the signed-in user they belong to. */
@ApplicationScoped
public class VendorRepository implements PanacheRepository<Vendor> {

    public Optional<Vendor> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
