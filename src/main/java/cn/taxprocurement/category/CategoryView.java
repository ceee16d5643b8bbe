package cn.taxprocurement.category;

/** A category as the API shows it. */
public record CategoryView(String code, String name, String parentCode) {
    static CategoryView of(Category category) {
        return new CategoryView(category.code(), category.name(), category.parentCode());
    }
}
