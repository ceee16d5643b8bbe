package cn.taxprocurement.embedded;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the yearbook's demo data once into an empty embedded database in dev mode, so that a person trying the
 * service sees the 2018 and 2019 figures. An external database (a JDBC URL is set) is never touched.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoCatalog catalog;

    @Inject
    DemoProjects projects;

    @Inject
    DemoOrders orders;

    @Inject
    EntityManager em;

    @ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.ACTIVE, defaultValue = "false")
    boolean embedded;

    @ConfigProperty(name = "procurement.demo-data.enabled")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!embedded || !enabled || hasProjects()) {
            return;
        }
        load();
        LOG.info("已载入演示数据：2018、2019 年度采购项目与入围产品目录，本年度的订单、二次竞价与产品目录导入");
    }

    /** Loads every part of the demo data that is not there yet; the {@code vendor} account is its first vendor. */
    public void load() {
        List<Long> vendorIds = catalog.load();
        projects.load(vendorIds);
        orders.load(vendorIds);
    }

    private boolean hasProjects() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM project")
                                        .getSingleResult())
                                .longValue()
                        > 0);
    }
}
