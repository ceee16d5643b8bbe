package cn.taxprocurement.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Where categories are found, by code. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {}
