package cn.taxprocurement.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Where batches are found. */
@ApplicationScoped
class BatchRepository implements PanacheRepository<Batch> {}
