package cn.taxprocurement.category;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the category tree and adds categories to it. */
@ApplicationScoped
public class CategoryService {
    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    @Transactional
    public List<CategoryView> list() {
        return categories.listAll(Sort.ascending("code")).stream()
                .map(CategoryView::of)
                .toList();
    }

    @Transactional
    CategoryView create(Actor actor, CreateCategory command) {
        CategoryCode code = new CategoryCode(command.code());
        CategoryCode parent = parentOf(command.parentCode());
        if (categories.findByIdOptional(code.value()).isPresent()) {
            throw new Refusal(RefusalCode.CATEGORY_EXISTS, code.value());
        }
        Category category = new Category(code, command.name().strip(), parent);
        categories.persist(category);
        audit.record(
                actor,
                AuditAction.CATEGORY_CREATED,
                "Category",
                category.code(),
                "新增品目 " + category.code() + " " + category.name() + (parent == null ? "" : "，上级品目 " + parent.value()));
        return CategoryView.of(category);
    }

    private CategoryCode parentOf(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        CategoryCode parent;
        try {
            parent = new CategoryCode(parentCode);
        } catch (Refusal e) {
            throw Refusal.onField("parentCode", e.code());
        }
        if (categories.findByIdOptional(parent.value()).isEmpty()) {
            throw Refusal.onField("parentCode", RefusalCode.UNKNOWN_CATEGORY, parent.value());
        }
        return parent;
    }
}
