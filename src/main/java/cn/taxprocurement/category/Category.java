package cn.taxprocurement.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product category (品目) of the government procurement item catalog, 2013 edition, e.g. A02010104 台式计算机. */
@Entity
@Table(name = "category")
public class Category {
    @Id
    String code;

    @Column(nullable = false)
    String name;

    @Column(name = "parent_code")
    String parentCode;

    protected Category() {}

    public Category(CategoryCode code, String name, CategoryCode parent) {
        this.code = code.value();
        this.name = name;
        this.parentCode = parent == null ? null : parent.value();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String parentCode() {
        return parentCode;
    }
}
