package cn.taxprocurement.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A replica takes traffic once its listing index is built: until then its searches could not answer. */
@Readiness
@ApplicationScoped
class ListingIndexCheck implements HealthCheck {
    @Inject
    ListingIndex index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("listing-index").status(index.ready()).build();
    }
}
